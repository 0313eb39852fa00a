// SPDX-License-Identifier: BSL-1.0
// scan() over lines that others wrote in public text (tests/data/real_world_corpus.tsv):
// issues of VPN projects, Microsoft's pages, forum and blog posts, strongSwan and
// libreswan logs and sources, Windows event exports. Precision, and recall over the codes
// a scanner can find and over all of them, printed; precision and in-scope recall must
// stay at or above their thresholds.
#include <doctest/doctest.h>
#include <ipsec_error/scan.hpp>

#include "corpus_items.hpp"

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace {

struct real_line {
    std::size_t number;
    std::vector<std::string> in_scope;      // "13806", or "13814+13815" for a shared message
    std::vector<std::string> out_of_scope;  // items marked '~': translated, paraphrased...
    std::string reason;                     // why the '~' items are out of reach, or "in"
    std::string source;
    std::string text;
};

std::vector<real_line> read_real_world_corpus() {
    std::ifstream in(IPSEC_ERROR_TEST_DATA_DIR "/real_world_corpus.tsv", std::ios::binary);
    REQUIRE(in);
    std::vector<real_line> lines;
    std::string line;
    for (std::size_t number = 1; std::getline(in, line); ++number) {
        if (line.empty() || line[0] == '#') continue;
        const std::size_t first = line.find('\t');
        const std::size_t second = first == std::string::npos ? first : line.find('\t', first + 1);
        const std::size_t third =
            second == std::string::npos ? second : line.find('\t', second + 1);
        REQUIRE_MESSAGE(third != std::string::npos, "line " << number << " has four columns");
        real_line l{number,
                    {},
                    {},
                    line.substr(first + 1, second - first - 1),
                    line.substr(second + 1, third - second - 1),
                    line.substr(third + 1)};
        std::istringstream label(line.substr(0, first));
        for (std::string item; label >> item;) {
            if (item == "-") continue;
            const bool out = item[0] == '~';
            if (out) item.erase(0, 1);
            REQUIRE_MESSAGE(
                (!item.empty() && item.find_first_not_of("0123456789+") == std::string::npos),
                "line " << number << ": an item is values joined by '+'");
            (out ? l.out_of_scope : l.in_scope).push_back(item);
        }
        REQUIRE_MESSAGE((l.reason == "in") == l.out_of_scope.empty(),
                        "line " << number << ": a reason exactly when an item is out of scope");
        REQUIRE_MESSAGE(!l.source.empty(), "line " << number << " names its source");
        lines.push_back(l);
    }
    return lines;
}

}  // namespace

TEST_CASE("scan: precision and recall over the real-world corpus") {
    const std::vector<real_line> corpus = read_real_world_corpus();
    std::size_t found_in_scope = 0;
    std::size_t found_out_of_scope = 0;
    std::size_t false_positives = 0;
    std::size_t missed_in_scope = 0;
    std::size_t missed_out_of_scope = 0;
    std::size_t negative_lines = 0;
    std::set<std::string> sources;
    for (const real_line& l : corpus) {
        sources.insert(l.source);
        std::vector<std::string> in_scope = l.in_scope;
        std::vector<std::string> out_of_scope = l.out_of_scope;
        negative_lines += in_scope.empty() && out_of_scope.empty() ? 1 : 0;
        for (const ipsec_error::finding& f : ipsec_error::scan(l.text)) {
            const std::string item = corpus::item_of(f);
            if (corpus::take(in_scope, item)) {
                ++found_in_scope;
            } else if (corpus::take(out_of_scope, item)) {
                ++found_out_of_scope;
            } else {
                ++false_positives;
                std::printf("false positive, line %zu: %s in %s\n", l.number, item.c_str(),
                            l.text.c_str());
            }
        }
        for (const std::string& item : in_scope) {
            ++missed_in_scope;
            std::printf("missed, line %zu: %s in %s\n", l.number, item.c_str(), l.text.c_str());
        }
        missed_out_of_scope += out_of_scope.size();
    }
    const std::size_t found = found_in_scope + found_out_of_scope;
    const double precision =
        static_cast<double>(found) / static_cast<double>(found + false_positives);
    const double recall_in_scope =
        static_cast<double>(found_in_scope) / static_cast<double>(found_in_scope + missed_in_scope);
    const double recall_overall =
        static_cast<double>(found) /
        static_cast<double>(found + missed_in_scope + missed_out_of_scope);
    std::printf(
        "real-world corpus: %zu lines from %zu sources (%zu without a code); %zu codes labelled "
        "(%zu marked out of a scanner's reach); %zu found, %zu false, %zu "
        "missed in scope; precision %.4f, recall in scope %.4f, recall overall %.4f\n",
        corpus.size(), sources.size(), negative_lines,
        found + missed_in_scope + missed_out_of_scope, found_out_of_scope + missed_out_of_scope,
        found, false_positives, missed_in_scope, precision, recall_in_scope, recall_overall);
    CHECK(corpus.size() >= 300);
    CHECK(sources.size() >= 80);
    CHECK(negative_lines >= 150);
    CHECK(precision >= 0.97);
    CHECK(recall_in_scope >= 0.95);
}
