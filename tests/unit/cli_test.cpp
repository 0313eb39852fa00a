// SPDX-License-Identifier: BSL-1.0
// The ipsec-error tool, run in-process: every input form, every flag, the exit
// statuses, the JSON parsed and checked, the suggestions for misspelt names.
#include <doctest/doctest.h>
#include <ipsec_error/ipsec_error.hpp>
#include <ipsec_error/troubleshooting.hpp>
#include <nlohmann/json.hpp>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "cli.hpp"
#include "reference_data.hpp"

namespace {

struct result {
    int status;
    std::string out;
    std::string err;
};

result run(std::vector<std::string> args, ipsec_error_cli::environment env = {}) {
    std::vector<std::string_view> views(args.begin(), args.end());
    std::ostringstream out;
    std::ostringstream err;
    const int status = ipsec_error_cli::run(views, out, err, env);
    return {status, out.str(), err.str()};
}

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

}  // namespace

TEST_CASE("cli: one code in every form gives the same card") {
    const std::string expected = run({"13814"}).out;
    CHECK(contains(expected, "ERROR_IPSEC_IKE_MM_DELAY_DROP"));
    for (const char* form :
         {"0x35F6", "0X35f6", "0x800735F6", "-2147011082", "2147956214",
          "ERROR_IPSEC_IKE_MM_DELAY_DROP", "ike_mm_delay_drop", " IKE_MM_DELAY_DROP "}) {
        CAPTURE(form);
        const result r = run({form});
        CHECK(r.status == 0);
        CHECK(r.out == expected);
        CHECK(r.err.empty());
    }
    CHECK(run({"0xC0360001"}).out == run({"STATUS_IPSEC_BAD_SPI"}).out);
}

TEST_CASE("cli: the card has every fact, the advice, and fits 80 columns") {
    for (const auto& rec : ipsec_error::records) {
        CAPTURE(rec.name);
        const result r = run({std::to_string(rec.value())});
        REQUIRE(r.status == 0);
        CHECK(contains(r.out, std::string(rec.name)));
        CHECK(contains(r.out, std::to_string(rec.value())));
        CHECK(contains(r.out, "HRESULT"));
        CHECK(contains(r.out, std::string(ipsec_error::description_of(rec.part))));
        CHECK(contains(r.out, "Summary"));
        CHECK(contains(r.out, "Likely causes"));
        CHECK(contains(r.out, "What to do"));
        CHECK(contains(r.out, "Related"));
        CHECK(contains(r.out, "NTSTATUS") == ipsec_error::to_ntstatus(rec.code).has_value());
        std::istringstream lines(r.out);
        for (std::string line; std::getline(lines, line);) {
            CAPTURE(line);
            // A single word longer than a line may overflow; nothing else does.
            if (line.find(' ', line.find_first_not_of(' ')) != std::string::npos)
                CHECK(line.size() <= 80);
        }
        CHECK(r.out.find('\033') == std::string::npos);  // no colour off a terminal
    }
}

TEST_CASE("cli: the message is printed exactly, double space included") {
    const result r = run({"13907"});
    CHECK(contains(r.out, "SA establishment is not authorized.  You may need to enter updated"));
}

TEST_CASE("cli: colour on a terminal only, and never with NO_COLOR") {
    CHECK(contains(run({"13814"}, {true, false}).out, "\033["));
    CHECK_FALSE(contains(run({"13814"}, {true, true}).out, "\033["));
    CHECK_FALSE(contains(run({"13814"}, {false, false}).out, "\033["));
    CHECK_FALSE(contains(run({"--color=never", "13814"}, {true, false}).out, "\033["));
    CHECK(contains(run({"--color=always", "13814"}, {false, false}).out, "\033["));
    CHECK_FALSE(contains(run({"--color=always", "13814"}, {false, true}).out, "\033["));
}

TEST_CASE("cli: several codes, and exit 1 when some are not found") {
    const result r = run({"13814", "nonsense", "13000"});
    CHECK(r.status == 1);
    CHECK(contains(r.out, "ERROR_IPSEC_IKE_MM_DELAY_DROP"));
    CHECK(contains(r.out, "ERROR_IPSEC_QM_POLICY_EXISTS"));
    CHECK(contains(r.err, "not an IPsec code: 'nonsense'"));
}

TEST_CASE("cli: misspelt names get the nearest names") {
    CHECK(contains(run({"ike_mm_delay_drp"}).err, "did you mean ERROR_IPSEC_IKE_MM_DELAY_DROP"));
    CHECK(contains(run({"ERROR_IPSEC_IKE_TIMEOUT"}).err, "ERROR_IPSEC_IKE_TIMED_OUT"));
    CHECK(contains(run({"ike-timed-out"}).err, "ERROR_IPSEC_IKE_TIMED_OUT"));
    CHECK(contains(run({"qm_polcy_exists"}).err, "ERROR_IPSEC_QM_POLICY_EXISTS"));
    const result fragment = run({"DELAY_DROP"});
    CHECK(contains(fragment.err, "ERROR_IPSEC_IKE_MM_DELAY_DROP"));
    CHECK(contains(fragment.err, "ERROR_IPSEC_IKE_QM_DELAY_DROP"));
    // Numbers and noise are not names: no suggestion.
    CHECK_FALSE(contains(run({"13026"}).err, "did you mean"));
    CHECK_FALSE(contains(run({"zzzzzzzzzzzzzzzz"}).err, "did you mean"));
    CHECK_FALSE(contains(run({"0x35F6!"}).err, "did you mean"));
}

TEST_CASE("cli: bad input gets a clear message and the right status") {
    const result empty = run({""});
    CHECK(empty.status == 1);
    CHECK(contains(empty.err, "empty argument"));

    const result huge = run({std::string(10 * 1024 * 1024, 'a')});
    CHECK(huge.status == 1);
    CHECK(contains(huge.err, "(10485760 bytes)"));
    CHECK(huge.err.size() < 200);

    const result bytes = run({"\xff\xfe\x1b[31m"});
    CHECK(bytes.status == 1);
    CHECK(contains(bytes.err, "\\xFF\\xFE\\x1B[31m"));
    CHECK(bytes.err.find('\x1b') == std::string::npos);

    for (std::vector<std::string> usage :
         std::vector<std::vector<std::string>>{{},
                                               {"--bogus"},
                                               {"-x", "13814"},
                                               {"--search"},
                                               {"--search="},
                                               {"--json", "--markdown"},
                                               {"--list", "13814"},
                                               {"--search", "a", "--list"},
                                               {"--search", "a", "13814"},
                                               {"--color=sometimes", "13814"},
                                               {"--search", "a", "--search", "b"},
                                               {"--\xff"}}) {
        CAPTURE(usage.size());
        const result r = run(usage);
        CHECK(r.status == 2);
        CHECK(contains(r.err, "ipsec-error: "));
        CHECK(contains(r.err, "--help"));
        CHECK(r.out.empty());
    }
}

TEST_CASE("cli: negative numbers and '--' are codes, not options") {
    CHECK(run({"-2147011082"}).status == 0);
    CHECK(run({"--", "-2147011082"}).status == 0);
    CHECK(run({"--", "--list"}).status == 1);
    CHECK(run({"-"}).status == 1);
}

TEST_CASE("cli: --list, one line a code") {
    const result r = run({"--list"});
    CHECK(r.status == 0);
    std::istringstream lines(r.out);
    std::size_t n = 0;
    for (std::string line; std::getline(lines, line); ++n) {
        const auto& rec = ipsec_error::records.at(n);
        CHECK(line == std::to_string(rec.value()) + "  " +
                          reference::hex4(static_cast<std::uint32_t>(rec.value())) + "  " +
                          std::string(rec.name) + "  " + std::string(rec.message));
    }
    CHECK(n == reference::win32().size());
}

TEST_CASE("cli: --search matches names, messages and advice in any letter case") {
    const result by_name = run({"--search", "delay_DROP"});
    CHECK(by_name.status == 0);
    CHECK(contains(by_name.out, "13814"));
    CHECK(contains(by_name.out, "13815"));
    CHECK(contains(run({"--search=negotiation TOOK"}).out, "13814"));
    CHECK(contains(run({"-s", "certlm.msc"}).out, "13806"));  // only in the advice
    const result none = run({"--search", "no such text anywhere"});
    CHECK(none.status == 1);
    CHECK(none.out.empty());
    CHECK(contains(none.err, "no code matches"));
}

TEST_CASE("cli: --json is valid JSON with every field") {
    const result r = run({"--json", "--list"});
    REQUIRE(r.status == 0);
    const auto all = nlohmann::json::parse(r.out);
    REQUIRE(all.is_array());
    REQUIRE(all.size() == reference::win32().size());
    for (std::size_t i = 0; i < all.size(); ++i) {
        const auto& j = all[i];
        const auto& rec = ipsec_error::records[i];
        const auto& advice = *ipsec_error::troubleshooting_for(rec.code);
        CAPTURE(rec.name);
        CHECK(j.at("name") == std::string(rec.name));
        CHECK(j.at("value") == rec.value());
        CHECK(j.at("hex") == reference::hex4(static_cast<std::uint32_t>(rec.value())));
        CHECK(j.at("hresult_signed") == ipsec_error::to_hresult(rec.code));
        CHECK(ipsec_error::parse(j.at("hresult").get<std::string>()) == rec.code);
        CHECK(ipsec_error::parse(j.at("enumerator").get<std::string>()) == rec.code);
        if (const auto status = ipsec_error::to_ntstatus(rec.code)) {
            CHECK(ipsec_error::from_ntstatus(static_cast<std::uint32_t>(
                      std::stoul(j.at("ntstatus").get<std::string>(), nullptr, 16))) == rec.code);
        } else {
            CHECK(j.at("ntstatus").is_null());
        }
        CHECK(j.at("part") == std::string(ipsec_error::name_of(rec.part)));
        CHECK(j.at("severity") == std::string(ipsec_error::name_of(rec.severity)));
        for (const auto& c : j.at("conditions")) {
            bool member = false;
            for (int v = 1; v <= ipsec_error::condition_count; ++v) {
                const auto cond = static_cast<ipsec_error::condition>(v);
                if (c == std::string(ipsec_error::name_of(cond)))
                    member = rec.conditions.contains(cond);
            }
            CHECK(member);
        }
        CHECK(j.at("message") == std::string(rec.message));
        CHECK(j.at("summary") == std::string(advice.summary));
        CHECK(j.at("causes").size() == advice.causes.size());
        CHECK(j.at("actions").size() == advice.actions.size());
        CHECK(j.at("related").size() == advice.related.size());
        for (const auto& related : j.at("related")) {
            CHECK(ipsec_error::find(related.at("value").get<int>())->name ==
                  related.at("name").get<std::string>());
        }
    }
    // One code, several, and some not found: still an array, still valid.
    CHECK(nlohmann::json::parse(run({"--json", "13814"}).out).size() == 1);
    const result mixed = run({"-j", "13814", "nope", "0xC0360001"});
    CHECK(mixed.status == 1);
    CHECK(nlohmann::json::parse(mixed.out).size() == 2);
    const result nothing = run({"-j", "nope"});
    CHECK(nlohmann::json::parse(nothing.out).empty());
}

TEST_CASE("cli: --help and --version") {
    const result help = run({"--help"});
    CHECK(help.status == 0);
    CHECK(contains(help.out, "Usage: ipsec-error"));
    CHECK(contains(help.out, "--search"));
    const result version = run({"-V"});
    CHECK(version.status == 0);
    CHECK(version.out == "ipsec-error " IPSEC_ERROR_PROJECT_VERSION "\n");
}

TEST_CASE("cli: --markdown for codes, and the whole document") {
    const result one = run({"--markdown", "13814"});
    CHECK(one.status == 0);
    CHECK(contains(one.out, "### 13814: ERROR_IPSEC_IKE_MM_DELAY_DROP"));
    CHECK_FALSE(contains(one.out, "## Index"));
    const result whole = run({"--markdown"});
    CHECK(contains(whole.out, "## Index"));
    CHECK(contains(whole.out, "## Conditions"));
    for (const auto& rec : ipsec_error::records) {
        CHECK(contains(whole.out, "<a id=\"" + std::to_string(rec.value()) + "\"></a>"));
    }
}
