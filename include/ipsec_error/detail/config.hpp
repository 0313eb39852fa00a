// SPDX-License-Identifier: BSL-1.0
// ipsec-error, internal: what the library asks of the compiler and the
// standard library, in one place. Every header that needs one of these
// includes this one; nothing here depends on the data.
#ifndef IPSEC_ERROR_DETAIL_CONFIG_HPP
#define IPSEC_ERROR_DETAIL_CONFIG_HPP

// <cstddef> for the standard library's own configuration macros (Microsoft's
// _MSVC_STL_UPDATE among them), <version> for the feature-test macros.
#include <cstddef>
#if defined(__has_include)
#if __has_include(<version>)
#include <version>
#endif
#endif

// The language version, also under MSVC, whose __cplusplus stays 199711L
// unless /Zc:__cplusplus is given.
#if defined(_MSVC_LANG)
#define IPSEC_ERROR_CPLUSPLUS _MSVC_LANG
#else
#define IPSEC_ERROR_CPLUSPLUS __cplusplus
#endif

// True while the compiler evaluates a constant expression. Without the
// builtin, every path is the byte-by-byte one: as right, a little slower.
#if defined(__GNUC__) || defined(__clang__) || (defined(_MSC_VER) && _MSC_VER >= 1925)
#define IPSEC_ERROR_CONSTANT_EVALUATED() __builtin_is_constant_evaluated()
#else
#define IPSEC_ERROR_CONSTANT_EVALUATED() true
#endif

/// @def IPSEC_ERROR_HAS_EXCEPTIONS
/// 1 when the build has exceptions, so that throw_error() throws; 0 in a build without
/// them (-fno-exceptions), where throw_error() writes its text to stderr and aborts.
#if defined(__cpp_exceptions) || defined(__EXCEPTIONS) || defined(_CPPUNWIND)
#define IPSEC_ERROR_HAS_EXCEPTIONS 1
#else
#define IPSEC_ERROR_HAS_EXCEPTIONS 0
#endif

/// @def IPSEC_ERROR_HAS_SOURCE_LOCATION
/// 1 when throw_error() can tell its caller's file and line: std::source_location (C++20)
/// where the standard library has it, and elsewhere the __builtin_FILE() and __builtin_LINE()
/// of GCC, Clang and MSVC 19.26 or later; 0 where neither exists.
#if defined(__cpp_lib_source_location)
#define IPSEC_ERROR_HAS_SOURCE_LOCATION 1
#define IPSEC_ERROR_STD_SOURCE_LOCATION 1
#elif defined(__GNUC__) || defined(__clang__) || (defined(_MSC_VER) && _MSC_VER >= 1926)
#define IPSEC_ERROR_HAS_SOURCE_LOCATION 1
#define IPSEC_ERROR_STD_SOURCE_LOCATION 0
#else
#define IPSEC_ERROR_HAS_SOURCE_LOCATION 0
#define IPSEC_ERROR_STD_SOURCE_LOCATION 0
#endif

/// @def IPSEC_ERROR_CONSTANT_INIT_CATEGORY
/// 1 when the library's category objects are constant-initialised (no code runs to build
/// them): with every standard library but Microsoft's in /clr:pure mode, which never
/// constant-initialises. Where it is 0, each category is initialised, thread-safely, the
/// first time it is asked for.
#if defined(_MSVC_STL_UPDATE) && defined(_M_CEE_PURE)
#define IPSEC_ERROR_CONSTANT_INIT_CATEGORY 0
#else
#define IPSEC_ERROR_CONSTANT_INIT_CATEGORY 1
#endif

// 1 with Microsoft's standard library before VS 2022 17.5 (_MSVC_STL_UPDATE
// 202210, where std::error_category's default constructor became constexpr).
// Its default constructor stores the object's address at run time; its
// protected constexpr constructor from a uintptr_t, which its own categories
// use, stores a given number instead, and the category classes use that one
// there (detail::msvc_stl_category_address). Elsewhere their defaulted
// constructor is constexpr exactly where the base's is.
#if defined(_MSVC_STL_UPDATE) && _MSVC_STL_UPDATE < 202210L && !defined(_M_CEE_PURE)
#define IPSEC_ERROR_MSVC_STL_NUMBERED_CATEGORY 1
#else
#define IPSEC_ERROR_MSVC_STL_NUMBERED_CATEGORY 0
#endif

// _Pragma takes a string; these make one of a pragma's words.
#define IPSEC_ERROR_PRAGMA(words) _Pragma(#words)

// A header-only library has nowhere to put a virtual function out of line,
// so the vtable of a category class is emitted, and merged, where it is
// used: Clang's -Wweak-vtables says so in the user's translation unit unless
// told otherwise around the class.
#if defined(__clang__)
#define IPSEC_ERROR_BEGIN_CATEGORY_CLASS      \
    IPSEC_ERROR_PRAGMA(clang diagnostic push) \
    IPSEC_ERROR_PRAGMA(clang diagnostic ignored "-Wweak-vtables")
#define IPSEC_ERROR_END_CATEGORY_CLASS IPSEC_ERROR_PRAGMA(clang diagnostic pop)
#else
#define IPSEC_ERROR_BEGIN_CATEGORY_CLASS
#define IPSEC_ERROR_END_CATEGORY_CLASS
#endif

// A switch over every enumerator of an enumeration has no default, so that
// -Wswitch names an enumerator it leaves out; GCC's and Clang's
// -Wswitch-default (in recent Clang's -Weverything) would flag it in the
// user's translation unit unless told otherwise around it.
#if defined(__GNUC__) || defined(__clang__)
#define IPSEC_ERROR_BEGIN_COVERED_SWITCH    \
    IPSEC_ERROR_PRAGMA(GCC diagnostic push) \
    IPSEC_ERROR_PRAGMA(GCC diagnostic ignored "-Wswitch-default")
#define IPSEC_ERROR_END_COVERED_SWITCH IPSEC_ERROR_PRAGMA(GCC diagnostic pop)
#else
#define IPSEC_ERROR_BEGIN_COVERED_SWITCH
#define IPSEC_ERROR_END_COVERED_SWITCH
#endif

// The function-local static that holds a category: it lives until the
// program ends, as every error code that refers to it may, and its
// destructor does nothing. Clang's -Wexit-time-destructors flags any static
// with a virtual destructor.
#if defined(__clang__)
#define IPSEC_ERROR_BEGIN_CATEGORY_STATIC     \
    IPSEC_ERROR_PRAGMA(clang diagnostic push) \
    IPSEC_ERROR_PRAGMA(clang diagnostic ignored "-Wexit-time-destructors")
#define IPSEC_ERROR_END_CATEGORY_STATIC IPSEC_ERROR_PRAGMA(clang diagnostic pop)
#else
#define IPSEC_ERROR_BEGIN_CATEGORY_STATIC
#define IPSEC_ERROR_END_CATEGORY_STATIC
#endif

#endif  // IPSEC_ERROR_DETAIL_CONFIG_HPP
