# SPDX-License-Identifier: BSL-1.0
cmake_minimum_required(VERSION 3.16)
# Runs one test of the generator (tests.cmake): copies data/ and the
# generated headers, breaks one file in the copy, and runs the generator on
# it, writing (MODE write) or checking (MODE check). Passes only if it exits
# with STATUS and, when it fails, says EXPECT.
# In: CODEGEN, SOURCE_DIR, WORK_DIR, MODE, FILE (from the copy's root; empty
# for the control), FIND, REPLACE (an empty FIND with a FILE removes the
# file; with FIND "+" the file is created with REPLACE as its text), STATUS,
# EXPECT.
include("${CMAKE_CURRENT_LIST_DIR}/break_file.cmake")
file(REMOVE_RECURSE "${WORK_DIR}")
file(COPY "${SOURCE_DIR}/data" DESTINATION "${WORK_DIR}")
file(COPY "${SOURCE_DIR}/include/ipsec_error/detail/generated"
    DESTINATION "${WORK_DIR}/include/ipsec_error/detail")

set(file "${WORK_DIR}/${FILE}")
if(NOT FILE STREQUAL "")
    if(FIND STREQUAL "")
        file(REMOVE "${file}")
    elseif(FIND STREQUAL "+")
        file(WRITE "${file}" "${REPLACE}")
    else()
        ipsec_error_break_file("${file}" "${FILE}" "${FIND}" "${REPLACE}")
    endif()
endif()

set(check "")
if(MODE STREQUAL "check")
    set(check --check)
endif()
execute_process(COMMAND "${CODEGEN}" ${check} "${WORK_DIR}/data" "${WORK_DIR}"
    RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT status STREQUAL STATUS)
    message(FATAL_ERROR "the generator exited with ${status}, not ${STATUS}:\n${out}${err}")
endif()
if(NOT EXPECT STREQUAL "")
    string(FIND "${err}" "${EXPECT}" found)
    if(found EQUAL -1)
        message(FATAL_ERROR "the generator did not say \"${EXPECT}\":\n${err}")
    endif()
endif()
message(STATUS "the generator exited with ${status} as expected: ${err}")
