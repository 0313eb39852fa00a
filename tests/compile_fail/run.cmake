# SPDX-License-Identifier: BSL-1.0
# Runs one compile-fail test; see tests/compile_fail.cmake.
# In: COMPILER, SOURCE_INCLUDE, TESTS_DIR, WORK_DIR, HEADER, FIND, REPLACE, EXPECT
# (an empty FIND means the control: the unbroken copy must compile).
file(REMOVE_RECURSE "${WORK_DIR}")
file(COPY "${SOURCE_INCLUDE}/ipsec_error" DESTINATION "${WORK_DIR}/include")
# The table and the troubleshooting text as people edit them, and the checks:
# HEADER may be ../../tests/table_source.hpp or ../../tests/troubleshooting_source.hpp.
file(COPY "${TESTS_DIR}/table_source.hpp" "${TESTS_DIR}/troubleshooting_source.hpp"
    "${TESTS_DIR}/compile_time_checks.hpp" "${TESTS_DIR}/scan_tables_builder.hpp"
    DESTINATION "${WORK_DIR}/tests")

set(header "${WORK_DIR}/include/ipsec_error/${HEADER}")
if(NOT FIND STREQUAL "")
    file(READ "${header}" text)
    string(FIND "${text}" "${FIND}" at)
    if(at EQUAL -1)
        message(FATAL_ERROR "the text to break is not in ${HEADER}: ${FIND}")
    endif()
    string(REPLACE "${FIND}" "${REPLACE}" text "${text}")
    file(WRITE "${header}" "${text}")
endif()

# The public headers, and the checks the project's own build adds to them.
file(WRITE "${WORK_DIR}/tu.cpp"
    "#include <ipsec_error/ipsec_error.hpp>\n#include <ipsec_error/troubleshooting.hpp>\n"
    "#include \"compile_time_checks.hpp\"\nint main() { return 0; }\n")
execute_process(
    COMMAND "${COMPILER}" -std=c++17 -fsyntax-only "-I${WORK_DIR}/include" "-I${WORK_DIR}/tests"
        "${WORK_DIR}/tu.cpp"
    RESULT_VARIABLE status
    OUTPUT_VARIABLE out
    ERROR_VARIABLE err)

if(FIND STREQUAL "")
    if(NOT status EQUAL 0)
        message(FATAL_ERROR "the unbroken headers do not compile:\n${err}")
    endif()
    message(STATUS "the unbroken headers compile")
    return()
endif()
if(status EQUAL 0)
    message(FATAL_ERROR "the compiler accepted the broken table (${FIND} -> ${REPLACE})")
endif()
string(FIND "${err}" "${EXPECT}" found)
if(found EQUAL -1)
    message(FATAL_ERROR "refused, but not with \"${EXPECT}\":\n${err}")
endif()
message(STATUS "refused as expected: ${EXPECT}")
