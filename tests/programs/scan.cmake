# SPDX-License-Identifier: BSL-1.0
# ipsec-error --scan and text arguments as a user runs them: files in the
# encodings Windows writes, standard input, each exit status, missing files,
# a directory, and a write error.
set(scan_data "${ipsec_error_test_data}")

set(utf8 "${scan_data}/scan_corpus_sample_utf8bom.txt")
set(utf16 "${scan_data}/scan_corpus_sample_utf16le.txt")
set(none "${scan_data}/scan_corpus_sample_none.txt")
set(sample_lines
    ":6:19: ERROR_IPSEC_IKE_NO_POLICY \\(13825\\) No policy configured\r?\n.*"
    ":8:160: ERROR_IPSEC_IKE_AUTH_FAIL \\(13801\\).*:9:22: ERROR_IPSEC_IKE_TIMED_OUT \\(13805\\).*"
    ":10:46: ERROR_IPSEC_IKE_MM_DELAY_DROP \\(13814\\).*:10:83: ERROR_IPSEC_IKE_MM_DELAY_DROP.*"
    ":11:56: ERROR_IPSEC_DOSP_BLOCK \\(13925\\)")
string(CONCAT sample_lines ${sample_lines})

ipsec_error_program_test(program.scan.utf8_bom_crlf ipsec-error 0 ARGS --scan "${utf8}" STDOUT "scan_corpus_sample_utf8bom.txt${sample_lines}")
ipsec_error_program_test(program.scan.utf16le_bom_crlf ipsec-error 0 ARGS --scan "${utf16}" STDOUT "scan_corpus_sample_utf16le.txt${sample_lines}")
ipsec_error_program_test(program.scan.stdin ipsec-error 0 ARGS --scan INPUT "${utf16}" STDOUT "^-${sample_lines}")
ipsec_error_program_test(program.scan.stdin_dash ipsec-error 0 ARGS --scan - INPUT "${utf8}" STDOUT "^-${sample_lines}")
ipsec_error_program_test(program.scan.nothing_found ipsec-error 1 ARGS --scan "${none}" STDOUT "^$")
ipsec_error_program_test(program.scan.missing_file ipsec-error 2 ARGS --scan "${scan_data}/no-such-file.log" "${utf8}"
    STDERR "ipsec-error: [^\n]*no-such-file.log: " STDOUT "scan_corpus_sample_utf8bom.txt:6:19:")
ipsec_error_program_test(program.scan.directory ipsec-error 2 ARGS --scan "${scan_data}" "${none}"
    STDERR "ipsec-error: [^\n]*data: ")
ipsec_error_program_test(program.scan.count ipsec-error 0 ARGS --scan --count "${utf8}" "${utf16}"
    STDOUT "^      4  13814  ERROR_IPSEC_IKE_MM_DELAY_DROP  Negotiation took too long  first [^\n]*utf8bom.txt:10  last [^\n]*utf16le.txt:10\r?\n")
ipsec_error_program_test(program.scan.json ipsec-error 0 ARGS --scan --json INPUT "${utf8}"
    STDOUT "^\\{\"file\":\"-\",\"line\":6,\"column\":19,\"text\":\"No policy configured\",\"form\":\"message\",\"codes\":.\\{\"value\":13825,")
ipsec_error_program_test(program.scan.count_without_scan ipsec-error 2 ARGS --count "${utf8}" STDERR "--count goes with --scan")
ipsec_error_program_test(program.scan.dialog_sentence ipsec-error 0 ARGS "IKE authentication credentials are unacceptable"
    STDOUT "^ERROR_IPSEC_IKE_AUTH_FAIL\r?\n")
ipsec_error_program_test(program.scan.event_sentence ipsec-error 0 ARGS "The error code returned on failure is 13801."
    STDOUT "^ERROR_IPSEC_IKE_AUTH_FAIL\r?\n")
ipsec_error_program_test(program.scan.error_code_form ipsec-error 0 ARGS ipsec:13814 STDOUT "^ERROR_IPSEC_IKE_MM_DELAY_DROP\r?\n")
ipsec_error_program_test(program.scan.hresult_from_nt ipsec-error 0 ARGS 0xD0360001 STDOUT "^ERROR_IPSEC_BAD_SPI\r?\n")
ipsec_error_program_test(program.scan.shared_message ipsec-error 0 ARGS "Negotiation took too long"
    STDOUT "ERROR_IPSEC_IKE_MM_DELAY_DROP.*ERROR_IPSEC_IKE_QM_DELAY_DROP")
if(NOT WIN32 AND EXISTS /dev/full)
    ipsec_error_program_test(program.scan.write_error ipsec-error 2 ARGS --scan "${utf8}" OUTPUT /dev/full
        STDERR "cannot write the output")
    ipsec_error_program_test(program.scan.write_error_card ipsec-error 2 ARGS 13814 OUTPUT /dev/full)
endif()

# --jobs: several files at once, the output as with one at a time (the same
# bytes on stdout and stderr, the same exit status), in the order of the files.
function(ipsec_error_scan_jobs_test name status)
    set(defines "-DPROGRAM=$<TARGET_FILE:ipsec-error>" "-DSTATUS=${status}" "-DJOBS=3")
    if(CMAKE_CROSSCOMPILING_EMULATOR)
        list(JOIN CMAKE_CROSSCOMPILING_EMULATOR " " emulator)
        list(APPEND defines "-DEMULATOR=${emulator}")
    endif()
    list(JOIN ARGN "|" joined)
    add_test(NAME ${name} COMMAND "${CMAKE_COMMAND}" ${defines} "-DARGS=${joined}"
        -P "${CMAKE_CURRENT_FUNCTION_LIST_DIR}/compare_jobs.cmake")
endfunction()
set(missing_a "${scan_data}/no-such-file-a.log")
set(missing_b "${scan_data}/no-such-file-b.log")
ipsec_error_scan_jobs_test(program.scan.jobs_lines 0 "${utf16}" "${utf8}" "${none}" "${utf16}" "${utf8}")
ipsec_error_scan_jobs_test(program.scan.jobs_json 0 --json "${utf8}" "${utf16}" "${utf8}")
ipsec_error_scan_jobs_test(program.scan.jobs_count 0 --count "${utf8}" "${utf16}" "${none}" "${utf8}")
ipsec_error_scan_jobs_test(program.scan.jobs_json_count 0 --json --count "${utf16}" "${utf8}")
ipsec_error_scan_jobs_test(program.scan.jobs_nothing_found 1 "${none}" "${none}" "${none}")
ipsec_error_scan_jobs_test(program.scan.jobs_unreadable 2 "${utf8}" "${missing_a}" "${utf16}" "${scan_data}" "${missing_b}" "${utf8}")
ipsec_error_program_test(program.scan.jobs_order ipsec-error 0 ARGS --scan --jobs 2 "${utf16}" "${none}" "${utf8}"
    STDOUT "^[^\n]*utf16le.txt:6:19:([^\n]*\n)*[^\n]*utf16le.txt:11:56:[^\n]*\n[^\n]*utf8bom.txt:6:19:([^\n]*\n)*[^\n]*utf8bom.txt:11:56:[^\n]*\n$")
ipsec_error_program_test(program.scan.jobs_errors_in_order ipsec-error 2 ARGS --scan -J2 "${missing_b}" "${utf8}" "${missing_a}"
    STDERR "^ipsec-error: [^\n]*no-such-file-b.log: [^\n]*\nipsec-error: [^\n]*no-such-file-a.log: [^\n]*\n$"
    STDOUT "utf8bom.txt:6:19:")
ipsec_error_program_test(program.scan.jobs_default ipsec-error 0 ARGS --scan --count "${utf8}" "${utf16}"
    STDOUT "^      4  13814  ERROR_IPSEC_IKE_MM_DELAY_DROP  Negotiation took too long  first [^\n]*utf8bom.txt:10  last [^\n]*utf16le.txt:10\r?\n")
ipsec_error_program_test(program.scan.jobs_zero ipsec-error 2 ARGS --scan --jobs 0 "${utf8}" STDERR "--jobs needs a number")
ipsec_error_program_test(program.scan.jobs_missing_number ipsec-error 2 ARGS --scan "${utf8}" --jobs STDERR "--jobs needs a number")
ipsec_error_program_test(program.scan.jobs_without_scan ipsec-error 2 ARGS --jobs 2 13814 STDERR "--jobs goes with --scan")
