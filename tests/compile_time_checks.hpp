// SPDX-License-Identifier: BSL-1.0
// The compile-time checks of the data: the table (table_source.hpp), the
// data generated from it (detail/table.hpp, detail/scan_tables.hpp), the
// NTSTATUS twins, and the troubleshooting text (troubleshooting_source.hpp)
// and the data generated from it. The rules are stated next to
// the data (check_table, the generated data, ntstatus_twins_valid, the
// troubleshooting checks); they are evaluated here, in the project's own
// build (the test suite and the compile-fail tests include this header), so
// that a mistake in the data is a build error while the translation units
// that merely use the library do not pay for evaluating them.
#ifndef IPSEC_ERROR_TESTS_COMPILE_TIME_CHECKS_HPP
#define IPSEC_ERROR_TESTS_COMPILE_TIME_CHECKS_HPP

#include <ipsec_error/ipsec_error.hpp>
#include <ipsec_error/troubleshooting.hpp>

#include <cstdint>
#include <string_view>

#include "scan_tables_builder.hpp"
#include "table_source.hpp"
#include "troubleshooting_source.hpp"

namespace ipsec_error {
inline namespace v1 {
namespace detail {

// The rules of the table, in one pass over the rows: a mistake in the table is
// a build error here, and the translation units that merely use the library
// do not even parse them. That each name and message is spelt as winerror.h
// spells it, the tests prove against the reference data.
enum class table_problem {
    none,
    values_not_ascending,
    malformed_name,       // no known prefix, or WARNING_ and severity::warning disagree
    missing_message,      // empty, or a range marker's is not its name
    conditions_mismatch,  // a code without condition, or "benign" not its severity
};

// Plain pointers and few calls: constant evaluation is slow, and the
// project's build evaluates this for every row.
constexpr table_problem check_table(const source::row* rows, std::size_t count) noexcept {
    int previous = 0;
    for (const source::row* r = rows; r != rows + count; ++r) {
        const int value = static_cast<int>(r->code);
        if (r != rows && previous >= value) return table_problem::values_not_ascending;
        previous = value;

        // A name has one of the three prefixes; WARNING_ names, only they,
        // are warnings.
        const std::size_t name_size = r->name.size();
        const char* name = r->name.data();
        const bool warning_name = r->name.substr(0, warning_prefix.size()) == warning_prefix;
        const bool known_prefix = warning_name ||
                                  r->name.substr(0, error_prefix.size()) == error_prefix ||
                                  r->name.substr(0, winsock_prefix.size()) == winsock_prefix;
        if (!known_prefix || warning_name != (r->severity == severity::warning)) {
            return table_problem::malformed_name;
        }

        const bool marker = r->part == part::range_marker;
        const std::size_t message_size = r->message.size();
        if (message_size == 0) return table_problem::missing_message;
        bool message_is_name = message_size == name_size;
        for (std::size_t i = 0; message_is_name && i < name_size; ++i) {
            message_is_name = r->message[i] == name[i];
        }
        if (marker != message_is_name) return table_problem::missing_message;

        const bool consistent =
            marker ? r->conditions.empty() && r->severity == severity::informational
                   : !r->conditions.empty() && r->conditions.contains(condition::benign) ==
                                                   (r->severity != severity::error);
        if (!consistent) return table_problem::conditions_mismatch;
    }
    return table_problem::none;
}

// The table as people edit it (table_source.hpp).
inline constexpr table_problem records_problem =
    check_table(source::records.data(), source::records.size());
static_assert(records_problem != table_problem::values_not_ascending,
              "ipsec_error::records: values must be strictly ascending");
static_assert(records_problem != table_problem::malformed_name,
              "ipsec_error::records: WARNING_ names and only they have severity::warning");
static_assert(records_problem != table_problem::missing_message,
              "ipsec_error::records: every message is non-empty; range markers, and only they, "
              "have their own name as message");
static_assert(records_problem != table_problem::conditions_mismatch,
              "ipsec_error::records: every code but a range marker belongs to a condition, and "
              "benign ones exactly to those that are not errors");

// The names are unique: two rows with the same hash are compared.
constexpr bool names_unique() {
    constexpr std::size_t n = source::records.size();
    std::uint64_t hashes[n]{};
    for (std::size_t i = 0; i < n; ++i) {
        const std::string_view stem = name_stem(source::records[i].name);
        hashes[i] = name_hash(stem, 0);
        for (std::size_t j = 0; j < i; ++j) {
            if (hashes[j] == hashes[i] && equals_upper(stem, name_stem(source::records[j].name)))
                return false;
        }
    }
    return true;
}
static_assert(names_unique(), "ipsec_error::records: names must be unique");

// A row has no padding: the small members first, then the two string_views.
static_assert(sizeof(void*) != 8 || sizeof(record) == 40, "a record is 40 bytes, with no padding");

// The generated data (detail/table.hpp, detail/table_rows.inc) says what the
// source table says: the rows, the text and arrays the category reads, the
// index of values and the perfect hash of the names.
constexpr bool table_current() {
    if (records.size() != source::records.size()) return false;
    for (std::size_t i = 0; i < records.size(); ++i) {
        const record& r = records[i];
        const source::row& s = source::records[i];
        if (r.code != s.code || r.name != s.name || r.message != s.message || r.part != s.part ||
            r.severity != s.severity || r.conditions.bits() != s.conditions.bits())
            return false;
        const std::size_t row = i + 1;
        if (row_of(s.value()) != row || message_of_row(row) != s.message ||
            row_values[i] != s.value() || row_conditions[i] != s.conditions.bits() ||
            row_severities[i] != static_cast<unsigned char>(s.severity))
            return false;
        if (find_stem(name_stem(s.name)) != &records[i] ||
            find_name(s.name, false) != &records[i] || find_stem(s.name) != nullptr)
            return false;
    }
    return true;
}
static_assert(table_current(),
              "ipsec_error: include/ipsec_error/detail/table.hpp is stale: regenerate it with "
              "./build/tests/generate_table include/ipsec_error/detail");

// The tables of scan() (detail/scan_tables.hpp), generated from the table.
static_assert(scanning::scan_tables_current(),
              "ipsec_error: include/ipsec_error/detail/scan_tables.hpp is stale: regenerate it "
              "with ./build/tests/generate_scan_tables include/ipsec_error/detail");

// The NTSTATUS twins (windows_forms.hpp).
static_assert(ntstatus_twins_valid(),
              "ipsec_error::detail::ntstatus_twins: real codes, in ascending NTSTATUS order");

// The rules of the troubleshooting text, as people edit it
// (troubleshooting_source.hpp). (The counts of causes and actions, and that
// no line is blank, the tests check.)
using source_entry = source::troubleshooting_entry;

constexpr bool entries_match_records() noexcept {
    if (source::troubleshooting_entries.size() != source::records.size()) return false;
    for (std::size_t i = 0; i < source::records.size(); ++i) {
        if (source::troubleshooting_entries[i].code != source::records[i].code) return false;
    }
    return true;
}

// Something to say, and no line break at either end.
constexpr bool has_lines(std::string_view text) noexcept {
    return !text.empty() && text.front() != '\n' && text.back() != '\n';
}

constexpr bool entries_complete() noexcept {
    for (const source_entry& t : source::troubleshooting_entries) {
        if (t.summary.empty() || !has_lines(t.causes) || !has_lines(t.actions)) return false;
    }
    return true;
}

constexpr bool related_codes_real() noexcept {
    for (const source_entry& t : source::troubleshooting_entries) {
        if (t.related.empty()) return false;
        for (std::size_t i = 0; i < t.related.size(); ++i) {
            const errc r = t.related.codes[i];
            if (r == t.code || find_value(static_cast<int>(r)) == nullptr) return false;
            for (std::size_t j = 0; j < i; ++j) {
                if (t.related.codes[j] == r) return false;
            }
        }
        // Nothing after the first empty place: a gap would hide the codes behind it.
        for (std::size_t i = t.related.size(); i < code_list::capacity; ++i) {
            if (t.related.codes[i] != errc{}) return false;
        }
    }
    return true;
}

static_assert(
    entries_match_records(),
    "ipsec_error troubleshooting: one entry per code, in the order of ipsec_error::records");
static_assert(entries_complete(),
              "ipsec_error troubleshooting: every entry has a summary, causes and actions, "
              "with no line break at either end");
static_assert(related_codes_real(),
              "ipsec_error troubleshooting: related codes are real codes of the table, at least "
              "one, never the entry's own code, no repeats");

// Whether two texts are the same. The builtin compares 130 KB in a few
// milliseconds, where a loop over the characters (as std::string_view's ==
// is in a constant expression) takes a second of every compile of this file.
constexpr bool same_text(std::string_view a, std::string_view b) noexcept {
#if defined(__GNUC__) || defined(__clang__)
    return a.size() == b.size() && __builtin_memcmp(a.data(), b.data(), a.size()) == 0;
#else
    return a == b;
#endif
}

// The generated entries (detail/troubleshooting_text.hpp) and their text
// (detail/troubleshooting_blocks.hpp) say what the source says.
constexpr bool troubleshooting_current() noexcept {
    if (troubleshooting_entries.size() != source::troubleshooting_entries.size()) return false;
    for (std::size_t i = 0; i < troubleshooting_entries.size(); ++i) {
        const troubleshooting& t = troubleshooting_entries[i];
        const source_entry& s = source::troubleshooting_entries[i];
        if (t.code != s.code || !same_text(t.summary, s.summary) ||
            !same_text(t.causes.text(), s.causes) || !same_text(t.actions.text(), s.actions))
            return false;
        for (std::size_t j = 0; j < code_list::capacity; ++j) {
            if (t.related[j] != s.related.codes[j]) return false;
        }
    }
    return true;
}
static_assert(troubleshooting_current(),
              "ipsec_error: include/ipsec_error/detail/troubleshooting_text.hpp and "
              "troubleshooting_blocks.hpp are stale: regenerate them with "
              "./build/tests/generate_table include/ipsec_error/detail");

}  // namespace detail
}  // namespace v1
}  // namespace ipsec_error

#endif
