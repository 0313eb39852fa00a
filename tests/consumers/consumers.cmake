# SPDX-License-Identifier: BSL-1.0
# Consumer tests: projects outside the tree that use the library the three
# ways a user can: the installed CMake package, add_subdirectory, pkg-config.
set(consumer_prefix "${CMAKE_CURRENT_BINARY_DIR}/consumer-prefix")
set(consumer_source "${CMAKE_CURRENT_SOURCE_DIR}")

add_test(NAME consumer.install
    COMMAND "${CMAKE_COMMAND}" --install "${PROJECT_BINARY_DIR}" --prefix "${consumer_prefix}")
set_tests_properties(consumer.install PROPERTIES FIXTURES_SETUP ipsec_error_installed)

set(consumer_build_options "-DCMAKE_CXX_COMPILER=${CMAKE_CXX_COMPILER}")
if(IPSEC_ERROR_TOOLCHAIN_FILE)  # the absolute path our toolchain files record
    list(APPEND consumer_build_options "-DCMAKE_TOOLCHAIN_FILE=${IPSEC_ERROR_TOOLCHAIN_FILE}")
elseif(CMAKE_TOOLCHAIN_FILE)
    list(APPEND consumer_build_options "-DCMAKE_TOOLCHAIN_FILE=${CMAKE_TOOLCHAIN_FILE}")
endif()
set(consumer_run "")
if(CMAKE_CROSSCOMPILING_EMULATOR)
    set(consumer_run ${CMAKE_CROSSCOMPILING_EMULATOR})
endif()

foreach(way IN ITEMS find_package add_subdirectory)
    add_test(NAME consumer.${way}
        COMMAND "${CMAKE_CTEST_COMMAND}"
            --build-and-test "${consumer_source}/${way}" "${CMAKE_CURRENT_BINARY_DIR}/consumer-${way}"
            --build-generator "${CMAKE_GENERATOR}"
            --build-options ${consumer_build_options}
                "-DCMAKE_PREFIX_PATH=${consumer_prefix}"
                "-DIPSEC_ERROR_SOURCE_DIR=${PROJECT_SOURCE_DIR}"
            --test-command ${consumer_run} "${CMAKE_CURRENT_BINARY_DIR}/consumer-${way}/consumer${CMAKE_EXECUTABLE_SUFFIX}")
    set_tests_properties(consumer.${way} PROPERTIES PASS_REGULAR_EXPRESSION "tunnel to 203.0.113.7: Negotiation took too long")
endforeach()
set_tests_properties(consumer.find_package PROPERTIES FIXTURES_REQUIRED ipsec_error_installed)

# pkg-config: the installed .pc file gives the flags to compile the same program.
find_program(PKG_CONFIG_EXECUTABLE pkg-config)
if(PKG_CONFIG_EXECUTABLE AND NOT CMAKE_CROSSCOMPILING)
    add_test(NAME consumer.pkg_config
        COMMAND "${CMAKE_COMMAND}"
            "-DPKG_CONFIG=${PKG_CONFIG_EXECUTABLE}"
            "-DPREFIX=${consumer_prefix}"
            "-DCOMPILER=${CMAKE_CXX_COMPILER}"
            "-DSOURCE=${consumer_source}/consumer.cpp"
            "-DOUTPUT=${CMAKE_CURRENT_BINARY_DIR}/consumer-pkg-config"
            -P "${consumer_source}/pkg_config.cmake")
    set_tests_properties(consumer.pkg_config PROPERTIES
        FIXTURES_REQUIRED ipsec_error_installed
        PASS_REGULAR_EXPRESSION "tunnel to 203.0.113.7: Negotiation took too long")
endif()
