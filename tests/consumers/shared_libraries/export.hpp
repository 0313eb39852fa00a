// SPDX-License-Identifier: BSL-1.0
// The two libraries export only their functions; everything of ipsec-error
// they use stays inside each (hidden visibility, or a DLL's own copy).
#ifndef IPSEC_ERROR_TEST_EXPORT_HPP
#define IPSEC_ERROR_TEST_EXPORT_HPP

#include <system_error>

#if defined(_WIN32)
#if defined(IPSEC_ERROR_TEST_BUILDING_LIBRARY)
#define IPSEC_ERROR_TEST_API __declspec(dllexport)
#else
#define IPSEC_ERROR_TEST_API __declspec(dllimport)
#endif
#else
#define IPSEC_ERROR_TEST_API __attribute__((visibility("default")))
#endif

// library_a: a failed main mode negotiation, from its own copy of ipsec_category().
IPSEC_ERROR_TEST_API std::error_code library_a_failure();
// library_b: whether a code is a time-out, asked with its own copy of condition_category().
IPSEC_ERROR_TEST_API bool library_b_is_timeout(const std::error_code& code);
IPSEC_ERROR_TEST_API std::error_code library_b_failure();

#endif
