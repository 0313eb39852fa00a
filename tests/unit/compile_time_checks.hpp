// SPDX-License-Identifier: BSL-1.0
// The compile-time checks of the generated data, evaluated in the project's
// own build (the unit suite and the compile-fail tests include this header),
// so that a mistake in a generated header is a build error while the
// translation units that merely use the library do not pay for them.
//
// The generator (tools/codegen) holds data/ to the table's rules before it
// writes anything, and the build checks that the generated headers are what
// data/ gives; these checks hold the headers themselves to the same rules,
// whatever wrote them. That each name and message is spelt as winerror.h
// spells it, the tests prove against the reference data.
#ifndef IPSEC_ERROR_TESTS_COMPILE_TIME_CHECKS_HPP
#define IPSEC_ERROR_TESTS_COMPILE_TIME_CHECKS_HPP

#include <ipsec_error/ipsec_error.hpp>
#include <ipsec_error/scan.hpp>
#include <ipsec_error/troubleshooting.hpp>

#include <cstddef>
#include <string_view>

namespace ipsec_error {
inline namespace v1 {
namespace detail {

enum class table_problem {
    none,
    values_not_ascending,
    malformed_name,       // no known prefix, or WARNING_ and severity::warning disagree
    missing_message,      // empty, or a range marker's is not its name
    conditions_mismatch,  // a code without condition, or "benign" not its severity
    name_index_wrong,     // a name or enumerator spelling that find() does not give back
};

// One pass over the rows from first to last, with plain pointers and few
// calls: constant evaluation is slow, and MSVC stops each evaluation after
// 100,000 steps by default, which the whole table takes more than (Clang
// counts about 137,000). So the table is checked a quarter at a time, each
// quarter its own constant.
constexpr table_problem check_rows(std::size_t first, std::size_t last) noexcept {
    const record* const begin = records.data();
    for (const record* r = begin + first; r != begin + last; ++r) {
        if (r != begin && (r - 1)->code >= r->code) return table_problem::values_not_ascending;

        const bool warning_name = r->name.substr(0, warning_prefix.size()) == warning_prefix;
        const bool known_prefix = warning_name ||
                                  r->name.substr(0, error_prefix.size()) == error_prefix ||
                                  r->name.substr(0, winsock_prefix.size()) == winsock_prefix;
        if (!known_prefix || warning_name != (r->severity == severity::warning)) {
            return table_problem::malformed_name;
        }

        const bool marker = r->part == part::range_marker;
        if (r->message.empty() || marker != (r->message == r->name)) {
            return table_problem::missing_message;
        }

        const bool consistent =
            marker ? r->conditions.empty() && r->severity == severity::informational
                   : !r->conditions.empty() && r->conditions.contains(condition::benign) ==
                                                   (r->severity != severity::error);
        if (!consistent) return table_problem::conditions_mismatch;

        // Each spelling leads back to its own row: the names are unique, and
        // the perfect hash of generated/table.hpp matches the text.
        if (find_name(r->name, false) != r || find_stem(name_stem(r->name)) != r ||
            find_stem(r->name) != nullptr) {
            return table_problem::name_index_wrong;
        }
    }
    return table_problem::none;
}

inline constexpr std::size_t quarter = (records.size() + 3) / 4;
inline constexpr table_problem records_problem_1 = check_rows(0, quarter);
inline constexpr table_problem records_problem_2 = check_rows(quarter, 2 * quarter);
inline constexpr table_problem records_problem_3 = check_rows(2 * quarter, 3 * quarter);
inline constexpr table_problem records_problem_4 = check_rows(3 * quarter, records.size());
inline constexpr table_problem records_problem =
    records_problem_1 != table_problem::none   ? records_problem_1
    : records_problem_2 != table_problem::none ? records_problem_2
    : records_problem_3 != table_problem::none ? records_problem_3
                                               : records_problem_4;
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
static_assert(records_problem != table_problem::name_index_wrong,
              "ipsec_error::records: every name and enumerator spelling is unique and found by "
              "find(); the name index of generated/table.hpp does not match the names");

// A row has no padding: the small members first, then the two string_views.
static_assert(sizeof(void*) != 8 || sizeof(record) == 40, "a record is 40 bytes, with no padding");

// The NTSTATUS twins: real codes, in ascending order of NTSTATUS.
constexpr bool ntstatus_twins_valid() noexcept {
    for (std::size_t i = 0; i < ntstatus_twin_count; ++i) {
        if (row_of(ntstatus_twin_values[i]) == 0) return false;
        if (i > 0 && ntstatus_twin_statuses[i - 1] >= ntstatus_twin_statuses[i]) return false;
    }
    return true;
}
static_assert(ntstatus_twins_valid(),
              "ipsec_error: the NTSTATUS twins are real codes, in ascending NTSTATUS order");

// The troubleshooting entries: one a code, in the table's order, each with
// something to say and real related codes.
enum class entry_problem { none, out_of_order, empty_text, related_wrong };

constexpr entry_problem check_entries() noexcept {
    for (std::size_t i = 0; i < records.size(); ++i) {
        const troubleshooting& t = troubleshooting_entries[i];
        if (t.code != records[i].code) return entry_problem::out_of_order;
        if (t.summary.empty() || t.causes.empty() || t.actions.empty())
            return entry_problem::empty_text;
        const std::size_t n = t.related.size();
        if (n == 0) return entry_problem::related_wrong;
        for (std::size_t j = 0; j < n; ++j) {
            const errc r = t.related[j];
            if (r == t.code || row_of(static_cast<int>(r)) == 0)
                return entry_problem::related_wrong;
            for (std::size_t k = 0; k < j; ++k) {
                if (t.related[k] == r) return entry_problem::related_wrong;
            }
        }
        // Nothing after the first empty place: a gap would hide the codes behind it.
        for (std::size_t j = n; j < packed_code_list::capacity; ++j) {
            if (t.related.values[j] != 0) return entry_problem::related_wrong;
        }
    }
    return entry_problem::none;
}

inline constexpr entry_problem entries_problem = check_entries();
static_assert(
    entries_problem != entry_problem::out_of_order,
    "ipsec_error troubleshooting: one entry per code, in the order of ipsec_error::records");
static_assert(entries_problem != entry_problem::empty_text,
              "ipsec_error troubleshooting: every entry has a summary, causes and actions");
static_assert(entries_problem != entry_problem::related_wrong,
              "ipsec_error troubleshooting: related codes are real codes of the table, at least "
              "one, never the entry's own code, no repeats, no gaps");

// The tables of scan(): the byte classes are what scan_bytes.hpp defines,
// and every message is found under its key.
constexpr bool scan_tables_consistent() noexcept {
    for (unsigned c = 0; c < 256; ++c) {
        if (scanning::byte_classes[c] != scanning::classes_of_byte(static_cast<unsigned char>(c)))
            return false;
    }
    for (std::size_t row = 0; row < records.size(); ++row) {
        const std::size_t slot = scanning::message_candidates(records[row].message, 0);
        if (slot == scanning::message_slot_count) return false;
        bool listed = false;
        for (std::size_t k = 0; k < scanning::message_count[slot]; ++k) {
            listed = listed || scanning::message_rows[scanning::message_begin[slot] + k] == row;
        }
        if (!listed || !scanning::may_start_message(records[row].message, 0)) return false;
    }
    return true;
}
static_assert(scan_tables_consistent(),
              "ipsec_error: generated/scan_tables.hpp does not index the messages of the table");

}  // namespace detail
}  // namespace v1
}  // namespace ipsec_error

#endif
