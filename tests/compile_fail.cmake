# SPDX-License-Identifier: BSL-1.0
# Compile-fail tests: a mistake in the table must be a build error.
#
# Each test copies the real headers, breaks one thing in the copy, compiles a
# translation unit against it and passes only if the compiler refuses it with
# the check's own message. A control test compiles the unbroken copy, so that
# a harness fault cannot pass for a refusal.
set(compile_fail_script "${CMAKE_CURRENT_SOURCE_DIR}/compile_fail/run.cmake")

function(ipsec_error_compile_fail name header find replace expect)
    add_test(NAME "compile_fail.${name}"
        COMMAND "${CMAKE_COMMAND}"
            "-DCOMPILER=${CMAKE_CXX_COMPILER}"
            "-DSOURCE_INCLUDE=${PROJECT_SOURCE_DIR}/include"
            "-DTESTS_DIR=${CMAKE_CURRENT_SOURCE_DIR}"
            "-DWORK_DIR=${CMAKE_CURRENT_BINARY_DIR}/compile_fail/${name}"
            "-DHEADER=${header}"
            "-DFIND=${find}"
            "-DREPLACE=${replace}"
            "-DEXPECT=${expect}"
            -P "${compile_fail_script}")
endfunction()

set(table_source ../../tests/table_source.hpp)
ipsec_error_compile_fail(control records.hpp "" "" "")
ipsec_error_compile_fail(values_not_ascending ${table_source}
    "{errc::qm_policy_not_found, \"ERROR_IPSEC_QM_POLICY_NOT_FOUND\""
    "{errc::qm_policy_exists, \"ERROR_IPSEC_QM_POLICY_NOT_FOUND\""
    "values must be strictly ascending")
ipsec_error_compile_fail(duplicate_name ${table_source}
    "\"ERROR_IPSEC_QM_POLICY_NOT_FOUND\""
    "\"ERROR_IPSEC_QM_POLICY_EXISTS\""
    "names must be unique")
ipsec_error_compile_fail(empty_name ${table_source}
    "\"ERROR_IPSEC_QM_POLICY_EXISTS\""
    "\"\""
    "WARNING_ names and only they")
ipsec_error_compile_fail(warning_not_marked ${table_source}
    "part::policy_store, severity::warning"
    "part::policy_store, severity::error"
    "WARNING_ names and only they")
ipsec_error_compile_fail(empty_message ${table_source}
    "\"The specified quick mode policy already exists.\""
    "\"\""
    "every message is non-empty")
ipsec_error_compile_fail(code_without_condition ${table_source}
    "{condition::policy_object_exists}"
    "{}"
    "every code but a range marker belongs to a condition")
ipsec_error_compile_fail(ntstatus_twin_not_a_code windows_forms.hpp
    "{0xC0360001u, errc::bad_spi}"
    "{0xC0360001u, static_cast<errc>(13919)}"
    "ntstatus_twins: real codes")

# The troubleshooting text is held to its rules the same way.
set(text_header ../../tests/troubleshooting_source.hpp)
ipsec_error_compile_fail(entry_out_of_order ${text_header}
    "// 13000\n    {errc::qm_policy_exists,"
    "// 13000\n    {errc::qm_policy_not_found,"
    "one entry per code, in the order of ipsec_error::records")
ipsec_error_compile_fail(related_not_a_code ${text_header}
    "{errc::ike_qm_delay_drop, errc::ike_mm_acquire_drop, errc::ike_timed_out,"
    "{errc::ike_qm_delay_drop, static_cast<errc>(13820 + 100), errc::ike_timed_out,"
    "related codes are real codes of the table")
ipsec_error_compile_fail(related_to_itself ${text_header}
    "{errc::ike_qm_delay_drop, errc::ike_mm_acquire_drop, errc::ike_timed_out,"
    "{errc::ike_qm_delay_drop, errc::ike_mm_delay_drop, errc::ike_timed_out,"
    "never the entry's own code")
ipsec_error_compile_fail(cause_starts_with_line_break ${text_header}
    "\"Authentication is slow: Kerberos"
    "\"\\nAuthentication is slow: Kerberos"
    "no line break at either end")
ipsec_error_compile_fail(stale_troubleshooting_text ${text_header}
    "\"Adding a quick mode (phase 2) policy"
    "\"Adding a quick mode (phase two) policy"
    "troubleshooting_blocks.hpp are stale")
ipsec_error_compile_fail(stale_troubleshooting_entries detail/troubleshooting_text.hpp
    "{{13002, 13001, 13023, 13003}}"
    "{{13002, 13001, 13003}}"
    "troubleshooting_blocks.hpp are stale")
ipsec_error_compile_fail(stale_name_index detail/table.hpp
    "name_seed = "
    "name_seed = 1 + "
    "table.hpp is stale")
ipsec_error_compile_fail(stale_scan_tables detail/scan_tables.hpp
    "message_keys[128] = {\n    0x"
    "message_keys[128] = {\n    1 + 0x"
    "scan_tables.hpp is stale")
ipsec_error_compile_fail(stale_table ${table_source}
    "\"The specified quick mode policy already exists.\""
    "\"The specified quick mode policy already exists!\""
    "table.hpp is stale")
