// SPDX-License-Identifier: BSL-1.0
// The compile-time checks of the data: the table, its name index, the
// NTSTATUS twins and the troubleshooting text. The rules are stated next to
// the data (check_table, build_name_index, ntstatus_twins_valid, the
// troubleshooting checks); they are evaluated here, in the project's own
// build (the test suite and the compile-fail tests include this header), so
// that a mistake in the data is a build error while the translation units
// that merely use the library do not pay for evaluating them.
#ifndef IPSEC_ERROR_TESTS_COMPILE_TIME_CHECKS_HPP
#define IPSEC_ERROR_TESTS_COMPILE_TIME_CHECKS_HPP

#include <ipsec_error/ipsec_error.hpp>
#include <ipsec_error/troubleshooting.hpp>

namespace ipsec_error {
inline namespace v1 {
namespace detail {

// The table (records.hpp).
inline constexpr table_problem records_problem = check_table(records.data(), records.size());
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

// The names: unique, and their index (name_slots.hpp, written by
// tests/generate_name_slots.cpp) as build_name_index() makes it.
inline constexpr name_index built_name_index = build_name_index();
static_assert(built_name_index.unique, "ipsec_error::records: names must be unique");

constexpr bool name_slots_current() {
    for (std::size_t i = 0; i < name_slot_count; ++i) {
        if (built_name_index.slots[i] != name_slots[i]) return false;
    }
    return true;
}
static_assert(name_slots_current(),
              "ipsec_error: include/ipsec_error/detail/name_slots.hpp is stale: regenerate it with "
              "./build/tests/generate_name_slots > include/ipsec_error/detail/name_slots.hpp");

// The NTSTATUS twins (windows_forms.hpp).
static_assert(ntstatus_twins_valid(),
              "ipsec_error::detail::ntstatus_twins: real codes, in ascending NTSTATUS order");

// The troubleshooting text (troubleshooting.hpp).
static_assert(
    entries_match_records(),
    "ipsec_error troubleshooting: one entry per code, in the order of ipsec_error::records");
static_assert(entries_complete(),
              "ipsec_error troubleshooting: every entry has a summary, causes and actions, "
              "with no line break at either end");
static_assert(related_codes_real(),
              "ipsec_error troubleshooting: related codes are real codes of the table, at least "
              "one, never the entry's own code, no repeats");

}  // namespace detail
}  // namespace v1
}  // namespace ipsec_error

#endif
