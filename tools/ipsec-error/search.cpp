// SPDX-License-Identifier: BSL-1.0
#include "search.hpp"

#include "describe.hpp"

#include <ipsec_error/records.hpp>
#include <ipsec_error/troubleshooting.hpp>

#include <algorithm>
#include <cstddef>
#include <string>
#include <utility>
#include <vector>

namespace ipsec_error_cli {

namespace {

char fold(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

bool contains_folded(std::string_view haystack, std::string_view needle) {
    if (needle.size() > haystack.size()) return false;
    return std::search(haystack.begin(), haystack.end(), needle.begin(), needle.end(),
                       [](char a, char b) { return fold(a) == fold(b); }) != haystack.end();
}

// Edit distance, with a row of the table at a time; both texts are short.
std::size_t distance(std::string_view a, std::string_view b) {
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t above = row[j];
            const std::size_t substitute = diagonal + (a[i - 1] == b[j - 1] ? 0 : 1);
            row[j] = std::min({above + 1, row[j - 1] + 1, substitute});
            diagonal = above;
        }
    }
    return row[b.size()];
}

// "error-ipsec ike mm delay drp" -> "IKE_MM_DELAY_DRP"
std::string normalised_stem(std::string_view argument) {
    std::string s;
    for (char c : argument) {
        if (c == '-' || c == ' ') c = '_';
        s += ipsec_error::detail::ascii_upper(c);
    }
    for (std::string_view prefix : {"ERROR_IPSEC_", "WARNING_IPSEC_", "STATUS_IPSEC_"}) {
        if (s.compare(0, prefix.size(), prefix) == 0) return s.substr(prefix.size());
    }
    return s;
}

}  // namespace

record_list search(std::string_view text) {
    record_list found;
    for (const auto& r : ipsec_error::records) {
        const auto& t = *ipsec_error::troubleshooting_for(r.code);
        if (contains_folded(r.name, text) || contains_folded(r.message, text) ||
            contains_folded(t.summary, text) || contains_folded(t.causes.text(), text) ||
            contains_folded(t.actions.text(), text)) {
            found.push_back(&r);
        }
    }
    return found;
}

record_list suggest(std::string_view argument) {
    // A name is letters, digits and separators, and not too long to be one.
    constexpr std::size_t longest_plausible = 80;
    if (argument.empty() || argument.size() > longest_plausible) return {};
    bool has_letter = false;
    for (char c : argument) {
        const char u = ipsec_error::detail::ascii_upper(c);
        const bool ok =
            (u >= 'A' && u <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-' || c == ' ';
        if (!ok) return {};
        has_letter = has_letter || (u >= 'A' && u <= 'Z');
    }
    if (!has_letter) return {};

    const std::string wanted = normalised_stem(argument);
    const std::size_t tolerance = std::max<std::size_t>(2, wanted.size() / 4);
    std::vector<std::pair<std::size_t, const ipsec_error::record*>> ranked;
    for (const auto& r : ipsec_error::records) {
        const std::string_view stem = stem_of(r);
        std::size_t d = distance(wanted, stem);
        // A fragment of a name ("DELAY_DROP") is as good as a near miss.
        if (wanted.size() >= 4 && stem.find(wanted) != std::string_view::npos)
            d = std::min<std::size_t>(d, 1);
        if (d <= tolerance) ranked.emplace_back(d, &r);
    }
    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    record_list best;
    for (std::size_t i = 0; i < ranked.size() && i < 3; ++i) best.push_back(ranked[i].second);
    return best;
}

}  // namespace ipsec_error_cli
