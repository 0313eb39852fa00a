# SPDX-License-Identifier: BSL-1.0
# Runs one compile-fail test (tests.cmake): copies the headers, breaks one
# generated header in the copy, compiles a translation unit with the checks of
# tests/unit/compile_time_checks.hpp against it, and passes only if the
# compiler refuses it with the check's own message.
# In: COMPILER, SOURCE_INCLUDE, CHECKS (compile_time_checks.hpp), WORK_DIR,
# HEADER, FIND, REPLACE, EXPECT (an empty FIND means the control: the unbroken
# copy must compile).
file(REMOVE_RECURSE "${WORK_DIR}")
file(COPY "${SOURCE_INCLUDE}/ipsec_error" DESTINATION "${WORK_DIR}/include")
file(COPY "${CHECKS}" DESTINATION "${WORK_DIR}/tests")

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

file(WRITE "${WORK_DIR}/tu.cpp" "#include \"compile_time_checks.hpp\"\nint main() { return 0; }\n")
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
    message(FATAL_ERROR "the compiler accepted the broken header (${FIND} -> ${REPLACE})")
endif()
string(FIND "${err}" "${EXPECT}" found)
if(found EQUAL -1)
    message(FATAL_ERROR "refused, but not with \"${EXPECT}\":\n${err}")
endif()
message(STATUS "refused as expected: ${EXPECT}")
