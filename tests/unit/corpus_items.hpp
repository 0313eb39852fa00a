// SPDX-License-Identifier: BSL-1.0
// The items of the labelled corpora (tests/data/scan_corpus.tsv and
// real_world_corpus.tsv): a finding's codes as the corpora write them, and
// the matching of findings against a line's expected items.
#ifndef IPSEC_ERROR_TESTS_CORPUS_ITEMS_HPP
#define IPSEC_ERROR_TESTS_CORPUS_ITEMS_HPP

#include <ipsec_error/finding.hpp>

#include <algorithm>
#include <string>
#include <vector>

namespace corpus {

// "13806", or "13814+13815" for a message that several codes share.
inline std::string item_of(const ipsec_error::finding& f) {
    std::string item;
    for (ipsec_error::errc e : f.codes) {
        if (!item.empty()) item += '+';
        item += std::to_string(static_cast<int>(e));
    }
    return item;
}

// Removes one item from items and says whether it was there.
inline bool take(std::vector<std::string>& items, const std::string& item) {
    const auto it = std::find(items.begin(), items.end(), item);
    if (it == items.end()) return false;
    items.erase(it);
    return true;
}

}  // namespace corpus

#endif  // IPSEC_ERROR_TESTS_CORPUS_ITEMS_HPP
