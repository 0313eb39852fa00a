# SPDX-License-Identifier: BSL-1.0
# The warnings every target of this project is built with (never imposed on
# users of the library: the INTERFACE target carries no flags).
add_library(ipsec_error_warnings INTERFACE)
if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(ipsec_error_warnings INTERFACE
        -Wall -Wextra -Wpedantic -Wconversion -Wshadow)
    option(IPSEC_ERROR_WERROR "Treat warnings as errors" OFF)
    if(IPSEC_ERROR_WERROR)
        target_compile_options(ipsec_error_warnings INTERFACE -Werror)
    endif()
elseif(MSVC)
    target_compile_options(ipsec_error_warnings INTERFACE /W4 /permissive-)
endif()
