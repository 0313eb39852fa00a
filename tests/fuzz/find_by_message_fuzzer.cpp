// SPDX-License-Identifier: BSL-1.0
// libFuzzer target: find_by_message() on any bytes, against a plain oracle
// (every message of the table, or else the first sentences of one, compared
// after folding letter case, runs of white space and a final period); and
// scan() finds the same codes in a text that is a whole message, unless it is
// a short one that a line break splits.
#include <ipsec_error/scan.hpp>

#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

namespace {

void check(bool ok) {
    if (!ok) std::abort();
}

bool white(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

std::string folded(std::string_view s) {
    std::string out;
    bool in_space = false;
    for (char c : s) {
        if (white(c)) {
            in_space = true;
            continue;
        }
        if (in_space && !out.empty()) out += ' ';
        in_space = false;
        out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    }
    if (!out.empty() && out.back() == '.') out.pop_back();
    return out;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const auto matches = ipsec_error::find_by_message(text);
    check(matches.size() <= ipsec_error::code_set::capacity);
    check(matches.empty() == (matches.begin() == matches.end()));

    // The oracle: a text with a white space run before its final period, or
    // two periods, is no message; otherwise compare folded texts.
    std::vector<const ipsec_error::record*> expected;
    const std::string wanted = folded(text);
    if (!wanted.empty() && wanted.back() != ' ' && wanted.back() != '.') {
        static const std::vector<std::string> messages = [] {
            std::vector<std::string> all;
            for (const auto& r : ipsec_error::records) all.push_back(folded(r.message));
            return all;
        }();
        for (std::size_t row = 0; row < messages.size(); ++row) {
            if (messages[row] == wanted) expected.push_back(&ipsec_error::records[row]);
        }
        // No whole message: the first sentences of one, each ended by ". ".
        const std::string sentences = wanted + ". ";
        for (std::size_t row = 0; expected.empty() && row < messages.size(); ++row) {
            if (messages[row].compare(0, sentences.size(), sentences) == 0) {
                for (std::size_t other = row; other < messages.size(); ++other) {
                    if (messages[other].compare(0, sentences.size(), sentences) == 0) {
                        expected.push_back(&ipsec_error::records[other]);
                    }
                }
            }
        }
    }
    check(matches.size() == expected.size());
    std::size_t i = 0;
    for (const ipsec_error::record& r : matches) check(&r == expected[i++]);

    // scan() takes no message of fewer than five words over a line break.
    std::size_t words = wanted.empty() ? 0 : 1;
    for (char c : wanted) words += c == ' ' ? 1 : 0;
    const std::size_t first_byte = text.find_first_not_of(" \t\n\r\v\f");
    const std::size_t last_byte = text.find_last_not_of(" \t\n\r\v\f");
    const bool split = first_byte != std::string_view::npos &&
                       text.substr(first_byte, last_byte - first_byte).find_first_of("\n\r") !=
                           std::string_view::npos;
    if (!matches.empty() && !(split && words < 5)) {
        const auto findings = ipsec_error::scan(text);
        const auto first = findings.begin();
        check(first != findings.end());
        check(first->codes.size() == matches.size());
        for (std::size_t k = 0; k < matches.size(); ++k) check(first->codes[k] == matches[k].code);
    }
    return 0;
}
