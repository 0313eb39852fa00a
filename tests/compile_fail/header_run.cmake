# SPDX-License-Identifier: BSL-1.0
# Runs one header test (CMakeLists.txt): compiles a translation unit that
# includes HEADER and whose main() is BODY. With an empty EXPECT it must
# compile; otherwise the compiler must refuse it with a message that matches
# the regular expression EXPECT, so that a refusal for another reason (a
# broken header) does not pass.
# In: COMPILER, SOURCE_INCLUDE, WORK_DIR, HEADER, BODY, EXPECT.
file(REMOVE_RECURSE "${WORK_DIR}")
file(WRITE "${WORK_DIR}/tu.cpp" "#include <${HEADER}>\nint main() { ${BODY} }\n")
execute_process(
    COMMAND "${COMPILER}" -std=c++17 -fsyntax-only "-I${SOURCE_INCLUDE}" "${WORK_DIR}/tu.cpp"
    RESULT_VARIABLE status
    OUTPUT_VARIABLE out
    ERROR_VARIABLE err)
if(EXPECT STREQUAL "")
    if(NOT status EQUAL 0)
        message(FATAL_ERROR "<${HEADER}> with `${BODY}` does not compile:\n${err}")
    endif()
    message(STATUS "<${HEADER}> with `${BODY}` compiles")
    return()
endif()
if(status EQUAL 0)
    message(FATAL_ERROR "<${HEADER}> with `${BODY}` compiled; it must not")
endif()
if(NOT err MATCHES "${EXPECT}")
    message(FATAL_ERROR "refused, but not with \"${EXPECT}\":\n${err}")
endif()
message(STATUS "refused as expected: ${EXPECT}")
