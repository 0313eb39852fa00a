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

struct cli_result {
    int status;
    std::string out;
    std::string err;
};

cli_result run_cli(std::vector<std::string> args, ipsec_error_cli::environment env = {}) {
    std::vector<std::string_view> views(args.begin(), args.end());
    std::ostringstream out;
    std::ostringstream err;
    const int status = ipsec_error_cli::run(views, out, err, env);
    return {status, out.str(), err.str()};
}

bool has_text(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

}  // namespace

TEST_CASE("cli: one code in every form gives the same card") {
    const std::string expected = run_cli({"13814"}).out;
    CHECK(has_text(expected, "ERROR_IPSEC_IKE_MM_DELAY_DROP"));
    for (const char* form :
         {"0x35F6", "0X35f6", "0x800735F6", "-2147011082", "2147956214",
          "ERROR_IPSEC_IKE_MM_DELAY_DROP", "ike_mm_delay_drop", " IKE_MM_DELAY_DROP "}) {
        CAPTURE(form);
        const cli_result r = run_cli({form});
        CHECK(r.status == 0);
        CHECK(r.out == expected);
        CHECK(r.err.empty());
    }
    CHECK(run_cli({"0xC0360001"}).out == run_cli({"STATUS_IPSEC_BAD_SPI"}).out);
}

TEST_CASE("cli: the card has every fact, the advice, and fits 80 columns") {
    for (const auto& rec : ipsec_error::records) {
        CAPTURE(rec.name);
        const cli_result r = run_cli({std::to_string(rec.value())});
        REQUIRE(r.status == 0);
        CHECK(has_text(r.out, std::string(rec.name)));
        CHECK(has_text(r.out, std::to_string(rec.value())));
        CHECK(has_text(r.out, "HRESULT"));
        CHECK(has_text(r.out, std::string(ipsec_error::description_of(rec.part))));
        CHECK(has_text(r.out, "Summary"));
        CHECK(has_text(r.out, "Likely causes"));
        CHECK(has_text(r.out, "What to do"));
        CHECK(has_text(r.out, "Related"));
        CHECK(has_text(r.out, "NTSTATUS") == ipsec_error::to_ntstatus(rec.code).has_value());
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
    const cli_result r = run_cli({"13907"});
    CHECK(has_text(r.out, "SA establishment is not authorized.  You may need to enter updated"));
}

TEST_CASE("cli: colour on a terminal only, and never with NO_COLOR") {
    CHECK(has_text(run_cli({"13814"}, {true, false}).out, "\033["));
    CHECK_FALSE(has_text(run_cli({"13814"}, {true, true}).out, "\033["));
    CHECK_FALSE(has_text(run_cli({"13814"}, {false, false}).out, "\033["));
    CHECK_FALSE(has_text(run_cli({"--color=never", "13814"}, {true, false}).out, "\033["));
    CHECK(has_text(run_cli({"--color=always", "13814"}, {false, false}).out, "\033["));
    CHECK_FALSE(has_text(run_cli({"--color=always", "13814"}, {false, true}).out, "\033["));
}

TEST_CASE("cli: several codes, and exit 1 when some are not found") {
    const cli_result r = run_cli({"13814", "nonsense", "13000"});
    CHECK(r.status == 1);
    CHECK(has_text(r.out, "ERROR_IPSEC_IKE_MM_DELAY_DROP"));
    CHECK(has_text(r.out, "ERROR_IPSEC_QM_POLICY_EXISTS"));
    CHECK(has_text(r.err, "not an IPsec code: 'nonsense'"));
}

TEST_CASE("cli: misspelt names get the nearest names") {
    CHECK(
        has_text(run_cli({"ike_mm_delay_drp"}).err, "did you mean ERROR_IPSEC_IKE_MM_DELAY_DROP"));
    CHECK(has_text(run_cli({"ERROR_IPSEC_IKE_TIMEOUT"}).err, "ERROR_IPSEC_IKE_TIMED_OUT"));
    CHECK(has_text(run_cli({"ike-timed-out"}).err, "ERROR_IPSEC_IKE_TIMED_OUT"));
    CHECK(has_text(run_cli({"qm_polcy_exists"}).err, "ERROR_IPSEC_QM_POLICY_EXISTS"));
    const cli_result fragment = run_cli({"DELAY_DROP"});
    CHECK(has_text(fragment.err, "ERROR_IPSEC_IKE_MM_DELAY_DROP"));
    CHECK(has_text(fragment.err, "ERROR_IPSEC_IKE_QM_DELAY_DROP"));
    // Numbers and noise are not names: no suggestion.
    CHECK_FALSE(has_text(run_cli({"13026"}).err, "did you mean"));
    CHECK_FALSE(has_text(run_cli({"zzzzzzzzzzzzzzzz"}).err, "did you mean"));
    CHECK_FALSE(has_text(run_cli({"0x35F6!"}).err, "did you mean"));
}

TEST_CASE("cli: bad input gets a clear message and the right status") {
    const cli_result empty = run_cli({""});
    CHECK(empty.status == 1);
    CHECK(has_text(empty.err, "empty argument"));

    const cli_result huge = run_cli({std::string(10 * 1024 * 1024, 'a')});
    CHECK(huge.status == 1);
    CHECK(has_text(huge.err, "(10485760 bytes)"));
    CHECK(huge.err.size() < 200);

    const cli_result bytes = run_cli({"\xff\xfe\x1b[31m"});
    CHECK(bytes.status == 1);
    CHECK(has_text(bytes.err, "\\xFF\\xFE\\x1B[31m"));
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
        const cli_result r = run_cli(usage);
        CHECK(r.status == 2);
        CHECK(has_text(r.err, "ipsec-error: "));
        CHECK(has_text(r.err, "--help"));
        CHECK(r.out.empty());
    }
}

TEST_CASE("cli: negative numbers and '--' are codes, not options") {
    CHECK(run_cli({"-2147011082"}).status == 0);
    CHECK(run_cli({"--", "-2147011082"}).status == 0);
    CHECK(run_cli({"--", "--list"}).status == 1);
    CHECK(run_cli({"-"}).status == 1);
}

TEST_CASE("cli: --list, one line a code") {
    const cli_result r = run_cli({"--list"});
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
    const cli_result by_name = run_cli({"--search", "delay_DROP"});
    CHECK(by_name.status == 0);
    CHECK(has_text(by_name.out, "13814"));
    CHECK(has_text(by_name.out, "13815"));
    CHECK(has_text(run_cli({"--search=negotiation TOOK"}).out, "13814"));
    CHECK(has_text(run_cli({"-s", "certlm.msc"}).out, "13806"));  // only in the advice
    const cli_result none = run_cli({"--search", "no such text anywhere"});
    CHECK(none.status == 1);
    CHECK(none.out.empty());
    CHECK(has_text(none.err, "no code matches"));
}

TEST_CASE("cli: --json is valid JSON with every field") {
    const cli_result r = run_cli({"--json", "--list"});
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
    CHECK(nlohmann::json::parse(run_cli({"--json", "13814"}).out).size() == 1);
    const cli_result mixed = run_cli({"-j", "13814", "nope", "0xC0360001"});
    CHECK(mixed.status == 1);
    CHECK(nlohmann::json::parse(mixed.out).size() == 2);
    const cli_result nothing = run_cli({"-j", "nope"});
    CHECK(nlohmann::json::parse(nothing.out).empty());
}

TEST_CASE("cli: --help and --version") {
    const cli_result help = run_cli({"--help"});
    CHECK(help.status == 0);
    CHECK(has_text(help.out, "Usage: ipsec-error"));
    CHECK(has_text(help.out, "--search"));
    const cli_result version = run_cli({"-V"});
    CHECK(version.status == 0);
    CHECK(version.out == "ipsec-error " IPSEC_ERROR_PROJECT_VERSION "\n");
}

TEST_CASE("cli: --markdown for codes, and the whole document") {
    const cli_result one = run_cli({"--markdown", "13814"});
    CHECK(one.status == 0);
    CHECK(has_text(one.out, "### 13814: ERROR_IPSEC_IKE_MM_DELAY_DROP"));
    CHECK_FALSE(has_text(one.out, "## Index"));
    const cli_result whole = run_cli({"--markdown"});
    CHECK(has_text(whole.out, "## Index"));
    CHECK(has_text(whole.out, "## Conditions"));
    for (const auto& rec : ipsec_error::records) {
        CHECK(has_text(whole.out, "<a id=\"" + std::to_string(rec.value()) + "\"></a>"));
    }
}
