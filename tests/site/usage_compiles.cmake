# SPDX-License-Identifier: BSL-1.0
# The C++ example of code pages compiles: its text is taken from the page
# (between <pre class="usage"><code> and </code>), unescaped as a browser
# shows it, written to a file and compiled with the project's warnings.
#   cmake -DSITE=... -DVALUES=13801;13905 -DCOMPILER=c++ -DINCLUDE=include -DWORK=dir -P usage_compiles.cmake
cmake_minimum_required(VERSION 3.16)
file(MAKE_DIRECTORY "${WORK}")
foreach(value IN LISTS VALUES)
    file(READ "${SITE}/codes/${value}.html" page)
    string(FIND "${page}" "<pre class=\"usage\"><code>" start)
    string(FIND "${page}" "</code></pre>" end REVERSE)
    if(start EQUAL -1 OR end EQUAL -1)
        message(FATAL_ERROR "codes/${value}.html has no C++ example")
    endif()
    string(LENGTH "<pre class=\"usage\"><code>" skip)
    math(EXPR start "${start} + ${skip}")
    math(EXPR length "${end} - ${start}")
    string(SUBSTRING "${page}" ${start} ${length} code)
    string(REPLACE "&lt;" "<" code "${code}")
    string(REPLACE "&gt;" ">" code "${code}")
    string(REPLACE "&quot;" "\"" code "${code}")
    string(REPLACE "&apos;" "'" code "${code}")
    string(REPLACE "&amp;" "&" code "${code}")
    if(code MATCHES "&[a-z]+;")
        message(FATAL_ERROR "codes/${value}.html: an entity is left in the example")
    endif()
    set(source "${WORK}/usage_${value}.cpp")
    file(WRITE "${source}" "${code}")
    execute_process(COMMAND "${COMPILER}" -std=c++17 -fsyntax-only -Wall -Wextra -Wpedantic
            -Wconversion -Wshadow -Werror "-I${INCLUDE}" "${source}"
        RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE out)
    if(NOT status EQUAL 0)
        message(FATAL_ERROR "the example of codes/${value}.html does not compile:\n${out}")
    endif()
    message(STATUS "codes/${value}.html: its example compiles")
endforeach()
