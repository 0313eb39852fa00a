// SPDX-License-Identifier: BSL-1.0
// scan() over the labelled corpus (tests/data/scan_corpus.tsv): lines as
// Windows events, netsh, .NET, PowerShell and services write them, and lines
// that hold numbers that are not codes. Precision and recall, printed, must
// stay at or above thresholds just below the figures measured.
#include <doctest/doctest.h>
#include <ipsec_error/scan.hpp>

#include "corpus_items.hpp"

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace {

struct labelled_line {
    std::size_t number;
    std::vector<std::string> expected;  // "13806", or "13814+13815" for a shared message
    std::string text;
};

std::vector<labelled_line> read_corpus() {
    std::ifstream in(IPSEC_ERROR_TEST_DATA_DIR "/scan_corpus.tsv", std::ios::binary);
    REQUIRE(in);
    std::vector<labelled_line> lines;
    std::string line;
    for (std::size_t number = 1; std::getline(in, line); ++number) {
        if (line.empty() || line[0] == '#') continue;
        const std::size_t tab = line.find('\t');
        REQUIRE(tab != std::string::npos);
        labelled_line l{number, {}, line.substr(tab + 1)};
        std::istringstream label(line.substr(0, tab));
        for (std::string item; label >> item;) {
            if (item != "-") l.expected.push_back(item);
        }
        lines.push_back(l);
    }
    return lines;
}

}  // namespace

TEST_CASE("scan: precision and recall over the labelled corpus") {
    const std::vector<labelled_line> corpus = read_corpus();
    std::size_t true_positives = 0;
    std::size_t false_positives = 0;
    std::size_t false_negatives = 0;
    std::size_t negative_lines = 0;
    for (const labelled_line& l : corpus) {
        std::vector<std::string> missing = l.expected;
        negative_lines += l.expected.empty() ? 1 : 0;
        for (const ipsec_error::finding& f : ipsec_error::scan(l.text)) {
            const std::string item = corpus::item_of(f);
            if (corpus::take(missing, item)) {
                ++true_positives;
            } else {
                ++false_positives;
                std::printf("false positive, line %zu: %s in %s\n", l.number, item.c_str(),
                            l.text.c_str());
            }
        }
        for (const std::string& item : missing) {
            ++false_negatives;
            std::printf("missed, line %zu: %s in %s\n", l.number, item.c_str(), l.text.c_str());
        }
    }
    const double precision =
        static_cast<double>(true_positives) / static_cast<double>(true_positives + false_positives);
    const double recall =
        static_cast<double>(true_positives) / static_cast<double>(true_positives + false_negatives);
    std::printf(
        "scan corpus: %zu lines (%zu without a code), %zu codes labelled; %zu found, %zu false, "
        "%zu missed; precision %.4f, recall %.4f\n",
        corpus.size(), negative_lines, true_positives + false_negatives, true_positives,
        false_positives, false_negatives, precision, recall);
    CHECK(corpus.size() > 1000);
    CHECK(negative_lines > 500);
    CHECK(true_positives + false_negatives > 400);
    CHECK(precision >= 0.998);
    CHECK(recall >= 0.995);
}
