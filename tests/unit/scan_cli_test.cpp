// SPDX-License-Identifier: BSL-1.0
// The ipsec-error tool's --scan and its reading of text arguments, run
// in-process: each output, each exit status, each encoding Windows writes,
// lines longer than the reader's buffer, and input cut at every byte.
#include <doctest/doctest.h>
#include <ipsec_error/scan.hpp>
#include <nlohmann/json.hpp>

#include <cstdio>
#include <sstream>
#include <string>
#include <vector>

#include "cli.hpp"
#include "scan_reader.hpp"

namespace {

struct result {
    int status;
    std::string out;
    std::string err;
};

result run(std::vector<std::string> args, const std::string& input = {},
           bool can_read_files = false) {
    std::vector<std::string_view> views(args.begin(), args.end());
    std::istringstream in(input);
    std::ostringstream out;
    std::ostringstream err;
    ipsec_error_cli::environment env;
    env.standard_input = &in;
    env.can_read_files = can_read_files;
    const int status = ipsec_error_cli::run(views, out, err, env);
    return {status, out.str(), err.str()};
}

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    return lines;
}

// What the reader reports of bytes, as "LINE:COLUMN:TEXT" items.
std::vector<std::string> read_all(const std::string& bytes,
                                  const ipsec_error_cli::reader_limits& limits = {},
                                  std::size_t piece = 0) {
    // A source that gives at most piece bytes a read, to cut the input anywhere.
    class pieces final : public ipsec_error_cli::byte_source {
    public:
        pieces(const std::string& b, std::size_t p) : bytes_(b), piece_(p) {}
        std::size_t read(char* into, std::size_t size) override {
            std::size_t n = std::min(size, bytes_.size() - at_);
            if (piece_ != 0) n = std::min(n, piece_);
            bytes_.copy(into, n, at_);
            at_ += n;
            return n;
        }
        std::string error() const override { return {}; }

    private:
        const std::string& bytes_;
        std::size_t piece_;
        std::size_t at_ = 0;
    };
    pieces source(bytes, piece);
    std::vector<std::string> found;
    const ipsec_error_cli::finding_sink sink = [&found](const ipsec_error_cli::located_finding& w) {
        found.push_back(std::to_string(w.line) + ":" + std::to_string(w.column) + ":" +
                        std::string(w.text));
        return true;
    };
    CHECK(ipsec_error_cli::scan_source(source, sink, limits) ==
          ipsec_error_cli::scan_outcome::done);
    return found;
}

std::string utf16(const std::string& ascii, bool little_endian, bool bom) {
    std::string out;
    if (bom) out += little_endian ? "\xFF\xFE" : "\xFE\xFF";
    for (char c : ascii) {
        if (little_endian) {
            out += c;
            out += '\0';
        } else {
            out += '\0';
            out += c;
        }
    }
    return out;
}

const std::string sample =
    "Failure Information:\r\n"
    "\tFailure Reason:\t\tNo policy configured\r\n"
    "port 13814, 13000 bytes, pid 13810\r\n"
    "hr=0x800735F6 code=13925\r\n";
const std::vector<std::string> sample_found = {"2:19:No policy configured", "4:4:0x800735F6",
                                               "4:20:13925"};

}  // namespace

TEST_CASE("cli --scan: grep-style lines from standard input") {
    const result r = run({"--scan"}, sample);
    CHECK(r.status == 0);
    CHECK(r.err.empty());
    CHECK(lines_of(r.out) ==
          std::vector<std::string>{
              "-:2:19: ERROR_IPSEC_IKE_NO_POLICY (13825) No policy configured",
              "-:4:4: ERROR_IPSEC_IKE_MM_DELAY_DROP (13814) Negotiation took too long",
              "-:4:20: ERROR_IPSEC_DOSP_BLOCK (13925) IPsec DoS Protection matched an explicit "
              "block rule."});
    CHECK(run({"--scan", "-"}, sample).out == r.out);
    // A shared message lists all its codes.
    CHECK(run({"--scan"}, "Negotiation took too long\n").out ==
          "-:1:1: ERROR_IPSEC_IKE_MM_DELAY_DROP (13814), ERROR_IPSEC_IKE_QM_DELAY_DROP (13815) "
          "Negotiation took too long\n");
}

TEST_CASE("cli --scan: nothing found is exit 1, and a FILE that cannot be read exit 2") {
    const result none = run({"--scan"}, "port 13814\nversion 10.0.13806\n");
    CHECK(none.status == 1);
    CHECK(none.out.empty());
    CHECK(run({"--scan"}, "").status == 1);
    // In-process runs read no file: the file is named, the others still read.
    const result file = run({"--scan", "some.log", "-"}, "error 13806\n");
    CHECK(file.status == 2);
    CHECK(contains(file.err, "ipsec-error: some.log: "));
    CHECK(contains(file.out, "-:1:7: ERROR_IPSEC_IKE_NO_CERT (13806)"));
}

TEST_CASE("cli --scan --json: JSON Lines with file, line, column, text, form, codes") {
    const result r = run({"--scan", "--json"},
                         sample +
                             "IKE: Negotiation took too long\nSTATUS_IPSEC_BAD_SPI ipsec:13814 "
                             "-2147011082 0xC0360001 0x35E9 error 13806\n");
    CHECK(r.status == 0);
    const std::vector<std::string> lines = lines_of(r.out);
    REQUIRE(lines.size() == 10);
    std::vector<std::string> forms;
    for (const std::string& line : lines) {
        const auto j = nlohmann::json::parse(line);
        CHECK(j.at("file") == "-");
        CHECK(j.at("line").get<int>() >= 2);
        CHECK(j.at("column").get<int>() >= 1);
        forms.push_back(j.at("form").get<std::string>());
        const std::string text = j.at("text").get<std::string>();
        REQUIRE_FALSE(j.at("codes").empty());
        for (const auto& code : j.at("codes")) {
            const auto* rec = ipsec_error::find(code.at("value").get<int>());
            REQUIRE(rec != nullptr);
            CHECK(code.at("name") == std::string(rec->name));
            CHECK(code.at("message") == std::string(rec->message));
        }
        if (j.at("form") == "message") {
            CHECK(ipsec_error::find_by_message(text).size() == j.at("codes").size());
        } else {
            CHECK(static_cast<int>(*ipsec_error::parse(text)) == j.at("codes")[0].at("value"));
        }
    }
    CHECK(forms == std::vector<std::string>{"message", "hresult", "decimal", "message", "name",
                                            "error_code", "hresult", "ntstatus", "hex", "decimal"});
    const auto shared = nlohmann::json::parse(lines[3]);
    CHECK(shared.at("codes").size() == 2);
    CHECK(shared.at("line") == 5);
    CHECK(shared.at("column") == 6);
    CHECK(shared.at("text") == "Negotiation took too long");
}

TEST_CASE("cli --scan --count: one line a code, most frequent first, first and last place") {
    const result r = run({"--scan", "--count"},
                         "error 13806\nhr=0x800735F6\nERROR_IPSEC_IKE_NO_CERT\n"
                         "x\nerror code 13806\nNegotiation took too long\n");
    CHECK(r.status == 0);
    const std::vector<std::string> lines = lines_of(r.out);
    REQUIRE(lines.size() == 3);
    CHECK(lines[0] ==
          "      3  13806  ERROR_IPSEC_IKE_NO_CERT  IKE failed to find valid machine certificate. "
          "Contact your Network Security Administrator about installing a valid certificate in "
          "the appropriate Certificate Store.  first -:1  last -:5");
    CHECK(lines[1] ==
          "      1  13814  ERROR_IPSEC_IKE_MM_DELAY_DROP  Negotiation took too long  first -:2  "
          "last -:2");
    CHECK(lines[2] ==
          "      1  13814,13815  ERROR_IPSEC_IKE_MM_DELAY_DROP,ERROR_IPSEC_IKE_QM_DELAY_DROP  "
          "Negotiation took too long  first -:6  last -:6");
    const result json = run({"--scan", "--count", "--json"}, "error 13806\nx\nerror 13806\n");
    const auto j = nlohmann::json::parse(lines_of(json.out).at(0));
    CHECK(j.at("count") == 2);
    CHECK(j.at("codes")[0].at("value") == 13806);
    CHECK(j.at("first").at("line") == 1);
    CHECK(j.at("last").at("line") == 3);
    CHECK(run({"--scan", "--count"}, "nothing\n").status == 1);
}

TEST_CASE("cli --scan: usage errors") {
    for (std::vector<std::string> usage :
         std::vector<std::vector<std::string>>{{"--count"},
                                               {"--count", "13814"},
                                               {"--scan", "--list"},
                                               {"--scan", "--markdown"},
                                               {"--scan", "--search", "x"},
                                               {"--scan", "--bogus"}}) {
        CAPTURE(usage.size());
        const result r = run(usage, "error 13806\n");
        CHECK(r.status == 2);
        CHECK(contains(r.err, "--help"));
        CHECK(r.out.empty());
    }
    const result help = run({"--help"});
    CHECK(contains(help.out, "--scan"));
    CHECK(contains(help.out, "--count"));
    CHECK(contains(help.out, "evtxexport"));
}

TEST_CASE("cli: an argument that is no code is read as text") {
    const result dialog = run({"IKE authentication credentials are unacceptable"});
    CHECK(dialog.status == 0);
    CHECK(dialog.out == run({"13801"}).out);
    CHECK(run({"The error code returned on failure is 13801."}).out == dialog.out);
    CHECK(run({"ipsec:13801"}).out == dialog.out);
    CHECK(run({"0xD0360001"}).out == run({"0xC0360001"}).out);
    CHECK(run({"800735E9"}).out == dialog.out);
    // A shared message: the cards of all its codes.
    const result shared = run({"negotiation took too long."});
    CHECK(shared.out == run({"13814", "13815"}).out);
    // A sentence with several codes: a card each, each once.
    const result sentence = run({"hr=0x800735F6 then error 13806 and again 0x800735F6"});
    CHECK(sentence.out == run({"13814", "13806"}).out);
    // Nothing: exit 1 and the suggestions as before.
    const result nothing = run({"the tunnel is down"});
    CHECK(nothing.status == 1);
    CHECK(contains(nothing.err, "not an IPsec code"));
    CHECK(contains(run({"ike_mm_delay_drp"}).err, "did you mean ERROR_IPSEC_IKE_MM_DELAY_DROP"));
    const result json = run({"--json", "Negotiation took too long"});
    CHECK(nlohmann::json::parse(json.out).size() == 2);
}

TEST_CASE("reader: UTF-8 with and without BOM, UTF-16 with BOM (both orders) and without, CRLF") {
    CHECK(read_all(sample) == sample_found);
    CHECK(read_all("\xEF\xBB\xBF" + sample) == sample_found);
    CHECK(read_all(utf16(sample, true, true)) == sample_found);
    CHECK(read_all(utf16(sample, false, true)) == sample_found);
    CHECK(read_all(utf16(sample, true, false)) == sample_found);
    // Cut at every byte: the same.
    for (std::size_t piece : {1u, 2u, 3u, 5u, 7u}) {
        CAPTURE(piece);
        CHECK(read_all("\xEF\xBB\xBF" + sample, {}, piece) == sample_found);
        CHECK(read_all(utf16(sample, true, true), {}, piece) == sample_found);
    }
    // No newline at the end; LF only; an empty input.
    CHECK(read_all("error 13806") == std::vector<std::string>{"1:7:13806"});
    CHECK(read_all("\n\nerror 13806\n") == std::vector<std::string>{"3:7:13806"});
    CHECK(read_all("").empty());
}

TEST_CASE("reader: columns count UTF-8 bytes, and non-ASCII UTF-16 becomes UTF-8") {
    // "é" is two bytes in UTF-8: the column after it is one more than the characters.
    CHECK(read_all("\xC3\xA9rror: error 13806\n") == std::vector<std::string>{"1:15:13806"});
    // U+00E9 and U+1F600 (a surrogate pair) in UTF-16LE, then the code.
    std::string text = "\xFF\xFE";
    text += std::string("\xE9\x00", 2) + std::string("\x3D\xD8\x00\xDE", 4);
    text += utf16(" error 13806\r\n", true, false);
    CHECK(read_all(text) == std::vector<std::string>{"1:14:13806"});
    for (std::size_t piece : {1u, 3u}) CHECK(read_all(text, {}, piece) == read_all(text));
    // An unpaired surrogate and an odd last byte: U+FFFD, no crash.
    std::string broken = "\xFF\xFE";
    broken += std::string("\x00\xD8", 2) + utf16("error 13806\n", true, false) + "\x41";
    CHECK(read_all(broken) == std::vector<std::string>{"1:10:13806"});
}

TEST_CASE("reader: NUL bytes and invalid UTF-8 are bytes like others") {
    std::string text = std::string("\0\0\xFF\xFE\x80", 5) + " error 13806 " + std::string(3, '\0');
    text += "\n\xC3\x28 0x800735F6\n";
    CHECK(read_all(text) == std::vector<std::string>{"1:13:13806", "2:4:0x800735F6"});
}

TEST_CASE("reader: a line longer than the buffer is scanned in windows, with the same findings") {
    // Codes in every form, and near-misses, scattered over one long line.
    const std::vector<std::string> pieces = {"error 13806 ",
                                             "0x800735F6 ",
                                             "Failure Reason: No policy configured, ",
                                             "port 13814 ",
                                             "ERROR_IPSEC_BAD_SPI ",
                                             "IKE authentication credentials are unacceptable ",
                                             "x0x800735F6 ",
                                             "ipsec:13814 ",
                                             "-2147011082 ",
                                             "version 10.0.13806 ",
                                             "Negotiation request sat in Queue too long; "};
    std::string line;
    unsigned seed = 7;
    while (line.size() < 300000) {
        seed = seed * 1103515245u + 12345u;
        line += pieces[(seed >> 16) % pieces.size()];
        line += std::string((seed >> 8) % 40, (seed & 1) != 0 ? ' ' : 'a');
    }
    std::vector<std::string> expected;
    for (const ipsec_error::finding& f : ipsec_error::scan(line)) {
        expected.push_back("1:" + std::to_string(f.offset + 1) + ":" +
                           line.substr(f.offset, f.length));
    }
    REQUIRE(expected.size() > 1000);
    ipsec_error_cli::reader_limits small;
    small.chunk = 4096;
    small.longest_line = 8192;
    small.overlap = 1024;
    CHECK(read_all(line + "\nerror 13806\n", small).size() == expected.size() + 1);
    expected.push_back("2:7:13806");
    CHECK(read_all(line + "\nerror 13806\n", small) == expected);
    CHECK(read_all(line + "\r\nerror 13806", small, 777) == expected);
    CHECK(read_all(line + "\nerror 13806\n") == expected);  // the default limits
}

TEST_CASE("cli: STATUS_IPSEC_QUEUE_OVERFLOW, an NTSTATUS with no Win32 code, is explained") {
    // As an argument, in each form: a card of its own, exit 0.
    for (const char* arg :
         {"0xC000A010", "C000A010", "STATUS_IPSEC_QUEUE_OVERFLOW", "-1073700848", "0xD000A010"}) {
        const std::string text = arg;
        CAPTURE(text);
        const result r = run({text});
        CHECK(r.status == 0);
        CHECK(r.err.empty());
        CHECK(
            contains(r.out, "STATUS_IPSEC_QUEUE_OVERFLOW\n  NTSTATUS    0xC000A010 (-1073700848)"));
        CHECK(contains(r.out, "ERROR_MORE_DATA (234)"));
        // No Win32 IPsec code invented: no value, no enumerator, no Windows message.
        CHECK_FALSE(contains(r.out, "  value "));
        CHECK_FALSE(contains(r.out, "errc::"));
        CHECK_FALSE(contains(r.out, "\nMessage\n"));
    }
    // With a code, in JSON: the code's object, then the status's.
    const result j = run({"--json", "13814", "0xC000A010"});
    CHECK(j.status == 0);
    const auto all = nlohmann::json::parse(j.out);
    REQUIRE(all.size() == 2);
    CHECK(all[0].at("value") == 13814);
    CHECK(all[1].at("name") == "STATUS_IPSEC_QUEUE_OVERFLOW");
    CHECK(all[1].at("ntstatus") == "0xC000A010");
    CHECK(all[1].at("hresult") == "0xD000A010");
    CHECK(all[1].at("win32").at("value") == 234);
    CHECK(all[1].at("win32").at("name") == "ERROR_MORE_DATA");
    // In a sentence.
    const result sentence = run({"the driver returned STATUS_IPSEC_QUEUE_OVERFLOW again"});
    CHECK(sentence.status == 0);
    CHECK(contains(sentence.out, "STATUS_IPSEC_QUEUE_OVERFLOW\n"));
}

TEST_CASE("cli --scan: STATUS_IPSEC_QUEUE_OVERFLOW in lines, JSON Lines and counts") {
    const std::string input = "a STATUS_IPSEC_QUEUE_OVERFLOW\nb status=0xc000a010 error 13806\n";
    const result lines = run({"--scan"}, input);
    CHECK(lines.status == 0);
    CHECK(lines_of(lines.out) ==
          std::vector<std::string>{
              "-:1:3: STATUS_IPSEC_QUEUE_OVERFLOW (0xC000A010) an IPsec NTSTATUS with no Win32 "
              "code; Win32 callers get ERROR_MORE_DATA (234)",
              "-:2:10: STATUS_IPSEC_QUEUE_OVERFLOW (0xC000A010) an IPsec NTSTATUS with no Win32 "
              "code; Win32 callers get ERROR_MORE_DATA (234)",
              "-:2:27: ERROR_IPSEC_IKE_NO_CERT (13806) " +
                  std::string(ipsec_error::find(13806)->message)});
    const result json = run({"--scan", "--json"}, input);
    const auto first = nlohmann::json::parse(lines_of(json.out).at(1));
    CHECK(first.at("form") == "ntstatus");
    CHECK(first.at("text") == "0xc000a010");
    CHECK(first.at("codes").empty());
    CHECK(first.at("status_only").at("name") == "STATUS_IPSEC_QUEUE_OVERFLOW");
    CHECK(first.at("status_only").at("win32").at("value") == 234);
    const result count = run({"--scan", "--count"}, input);
    const auto counted = lines_of(count.out);
    REQUIRE(counted.size() == 2);
    CHECK(counted[0].rfind("      2  0xC000A010  STATUS_IPSEC_QUEUE_OVERFLOW  ", 0) == 0);
    CHECK(contains(counted[0], "first -:1  last -:2"));
}

TEST_CASE("cli --scan --jobs: files with more output than is kept, in order, as with one job") {
    // Eight files, each with about 2 MB of output (more than a file waiting
    // for its turn keeps), different in size so that they finish out of order.
    std::vector<std::string> paths;
    for (int k = 0; k < 8; ++k) {
        char name[64];
        std::snprintf(name, sizeof name, "ipsec-error-jobs-test-%d.log", k);
        paths.emplace_back(name);
        std::FILE* f = std::fopen(name, "wb");
        REQUIRE(f != nullptr);
        const int lines = 16000 + (k % 3) * 6000;
        for (int i = 0; i < lines; ++i) {
            std::fprintf(f, "%d: peer 198.51.100.%d: error %d after %d ms\n", i, i % 250,
                         13800 + i % 40, i % 900);
        }
        std::fclose(f);
    }
    std::vector<std::string> args{"--scan", "--jobs", "1"};
    args.insert(args.end(), paths.begin(), paths.end());
    args.emplace_back("ipsec-error-jobs-test-missing.log");
    const result one = run(args, {}, true);
    for (const char* jobs : {"2", "4", "8"}) {
        CAPTURE(jobs);
        args[2] = jobs;
        const result many = run(args, {}, true);
        CHECK(many.status == one.status);
        CHECK(many.out.size() == one.out.size());
        CHECK(many.out == one.out);
        CHECK(many.err == one.err);
    }
    CHECK(one.status == 2);
    CHECK(one.out.size() > 8 * (std::size_t{1} << 20));
    CHECK(one.out.rfind(paths[0] + ":1:", 0) == 0);
    CHECK(contains(one.err, "ipsec-error-jobs-test-missing.log"));
    args[0] = "--scan";
    args.insert(args.begin() + 1, "--count");
    args[3] = "1";
    const result counted_one = run(args, {}, true);
    args[3] = "3";
    const result counted_three = run(args, {}, true);
    CHECK(counted_three.out == counted_one.out);
    CHECK(lines_of(counted_one.out).size() == 40);
    for (const std::string& path : paths) std::remove(path.c_str());
}
