# SPDX-License-Identifier: BSL-1.0
# Runs one compile-fail test (CMakeLists.txt) in one of two ways:
# - with FIND: copies the headers, replaces FIND by REPLACE in the copy of
#   HEADER, and compiles the checks of tests/unit/compile_time_checks.hpp
#   (CHECKS) against the copy;
# - with BODY: compiles, against the headers themselves, a translation unit
#   that includes HEADER and whose main() is BODY.
# It must then compile when EXPECT is empty (a control). Otherwise the
# compiler must refuse it with a message that contains EXPECT, or, with
# EXPECT_IS_REGEX, matches it, so that a refusal for another reason (a broken
# header) does not pass.
# In: COMPILER, SOURCE_INCLUDE, WORK_DIR, HEADER, EXPECT, EXPECT_IS_REGEX, and
# CHECKS, FIND and REPLACE, or BODY.
include("${CMAKE_CURRENT_LIST_DIR}/break_file.cmake")
file(REMOVE_RECURSE "${WORK_DIR}")
if(DEFINED BODY)
    set(what "<${HEADER}> with `${BODY}`")
    set(include_dirs "-I${SOURCE_INCLUDE}")
    file(WRITE "${WORK_DIR}/tu.cpp" "#include <${HEADER}>\nint main() { ${BODY} }\n")
else()
    set(what "the checks against ${HEADER} (${FIND} -> ${REPLACE})")
    set(include_dirs "-I${WORK_DIR}/include" "-I${WORK_DIR}/tests")
    file(COPY "${SOURCE_INCLUDE}/ipsec_error" DESTINATION "${WORK_DIR}/include")
    file(COPY "${CHECKS}" DESTINATION "${WORK_DIR}/tests")
    set(header "${WORK_DIR}/include/ipsec_error/${HEADER}")
    if(NOT FIND STREQUAL "")
        ipsec_error_break_file("${header}" "${HEADER}" "${FIND}" "${REPLACE}")
    endif()
    file(WRITE "${WORK_DIR}/tu.cpp" "#include \"compile_time_checks.hpp\"\nint main() { return 0; }\n")
endif()

execute_process(
    COMMAND "${COMPILER}" -std=c++17 -fsyntax-only ${include_dirs} "${WORK_DIR}/tu.cpp"
    RESULT_VARIABLE status
    OUTPUT_VARIABLE out
    ERROR_VARIABLE err)

if(EXPECT STREQUAL "")
    if(NOT status EQUAL 0)
        message(FATAL_ERROR "${what} does not compile:\n${err}")
    endif()
    message(STATUS "${what} compiles")
    return()
endif()
if(status EQUAL 0)
    message(FATAL_ERROR "${what} compiled; it must not")
endif()
if(EXPECT_IS_REGEX)
    string(REGEX MATCH "${EXPECT}" found "${err}")
    set(refused_as_expected "${found}")
else()
    string(FIND "${err}" "${EXPECT}" at)
    if(NOT at EQUAL -1)
        set(refused_as_expected TRUE)
    endif()
endif()
if(NOT refused_as_expected)
    message(FATAL_ERROR "refused, but not with \"${EXPECT}\":\n${err}")
endif()
message(STATUS "refused as expected: ${EXPECT}")
