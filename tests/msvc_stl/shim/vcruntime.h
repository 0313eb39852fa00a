// SPDX-License-Identifier: BSL-1.0
// Substitute for Microsoft's vcruntime.h (not available on Linux): the macros
// and declarations MS STL expects from the VC runtime, layered on Wine's
// msvcrt/UCRT headers (corecrt.h). Written for a compile-only proxy test.
#pragma once
#define _VCRUNTIME_H

#include <sal.h>
#include <vadefs.h>
#include <corecrt.h>   // Wine: size_t, ptrdiff_t, intptr_t, _ACRTIMP, __cdecl, wint_t, errno_t

#ifdef __cplusplus
#define _CRT_BEGIN_C_HEADER extern "C" {
#define _CRT_END_C_HEADER }
#else
#define _CRT_BEGIN_C_HEADER
#define _CRT_END_C_HEADER
#endif

#define _VCRT_COMPILER_PREPROCESSOR 1
#ifndef _VCRTIMP
#define _VCRTIMP __declspec(dllimport)
#endif
#ifndef _CRTIMP
#define _CRTIMP __declspec(dllimport)
#endif
#define _CRT_PACKING 8
#ifndef _HAS_EXCEPTIONS
#define _HAS_EXCEPTIONS 1
#endif
#define __CLRCALL_PURE_OR_CDECL __cdecl
#define __CLRCALL_OR_CDECL __cdecl
#define __CLR_OR_THIS_CALL
#define __CRTDECL __CLRCALL_PURE_OR_CDECL
#define __CLRCALL_PURE_OR_STDCALL __stdcall
#define _CRT_STRINGIZE_(x) #x
#define _CRT_STRINGIZE(x) _CRT_STRINGIZE_(x)
#define _CRT_WIDE_(s) L##s
#define _CRT_WIDE(s) _CRT_WIDE_(s)
#define _CRT_CONCATENATE_(a, b) a##b
#define _CRT_CONCATENATE(a, b) _CRT_CONCATENATE_(a, b)
#define _CRT_APPEND(a, b) _CRT_CONCATENATE(a, b)
#define _CRT_UNPARENTHESIZE_(...) __VA_ARGS__
#define _CRT_UNPARENTHESIZE(...) _CRT_UNPARENTHESIZE_ __VA_ARGS__
#define _CRT_GUARDOVERFLOW
#define _CRT_HYBRIDPATCHABLE
#define _CRTRESTRICT __declspec(restrict)
#define _CRTNOALIAS __declspec(noalias)
#define _VCRT_ALLOCATOR __declspec(allocator)
#define _VCRT_NOALIAS __declspec(noalias)
#define _VCRT_RESTRICT __declspec(restrict)
#define _CRT_DEPRECATE_TEXT(t) __declspec(deprecated(t))
#define _CRT_INSECURE_DEPRECATE(r)
#define _CRT_INSECURE_DEPRECATE_MEMORY(r)
#define _CRT_WARNING(x)
#define _CRT_UNUSED(x) (void)x
#define _CRT_ALIGN(x) __declspec(align(x))
#define _VCRUNTIME_DISABLED_WARNINGS 4514 4820
#define _CRT_SECURE_CPP_NOTHROW throw()
#ifndef _NODISCARD
#define _NODISCARD [[nodiscard]]
#endif
#ifndef _VCRT_EXPORT_STD
#define _VCRT_EXPORT_STD
#endif
#ifndef _VCRT_NOALIAS
#define _VCRT_NOALIAS
#endif
#ifndef _CRT_SUPPRESS_RESTRICT
#define _CRT_SUPPRESS_RESTRICT
#endif
#ifndef __crt_countof
#define __crt_countof(a) (sizeof(a) / sizeof(a[0]))
#endif
#ifndef _countof
#define _countof __crt_countof
#endif
#ifndef _CRT_DECLARE_NONSTDC_NAMES
#define _CRT_DECLARE_NONSTDC_NAMES 1
#endif
#define _CRT_BUILD_DESKTOP_APP 1
#ifndef _CRT_NODISCARD
#define _CRT_NODISCARD
#endif

_CRT_BEGIN_C_HEADER
#ifdef __cplusplus
typedef bool __vcrt_bool;
#else
typedef _Bool __vcrt_bool;
#endif
extern uintptr_t __security_cookie;
void __cdecl __security_init_cookie(void);
void __cdecl __security_check_cookie(uintptr_t _StackCookie);
__declspec(noreturn) void __cdecl __report_gsfailure(uintptr_t _StackCookie);
_CRT_END_C_HEADER

// Export macros of the VC++ headers (crtdefs.h/vcruntime.h) that MS STL uses.
#ifndef _CRTIMP2
#define _CRTIMP2
#endif
#ifndef _MRTIMP2
#define _MRTIMP2
#endif
#ifndef _CRT_SATELLITE_CODECVT_IDS_NOIMPORT
#define _CRT_SATELLITE_CODECVT_IDS_NOIMPORT
#endif

// Language-mode macros that vcruntime.h defines for MS STL (_HAS_CXX17, ...).
#ifndef _STL_LANG
#if defined(_MSVC_LANG) && _MSVC_LANG > __cplusplus
#define _STL_LANG _MSVC_LANG
#elif defined(__cplusplus)
#define _STL_LANG __cplusplus
#else
#define _STL_LANG 0L
#endif
#endif
#ifndef _HAS_CXX17
#if _STL_LANG > 201402L
#define _HAS_CXX17 1
#else
#define _HAS_CXX17 0
#endif
#endif
#ifndef _HAS_CXX20
#if _HAS_CXX17 && _STL_LANG > 201703L
#define _HAS_CXX20 1
#else
#define _HAS_CXX20 0
#endif
#endif
#ifndef _HAS_CXX23
#if _HAS_CXX20 && _STL_LANG > 202002L
#define _HAS_CXX23 1
#else
#define _HAS_CXX23 0
#endif
#endif
#ifndef _HAS_CXX26
#if _HAS_CXX23 && _STL_LANG > 202302L
#define _HAS_CXX26 1
#else
#define _HAS_CXX26 0
#endif
#endif
#ifndef _HAS_NODISCARD
#define _HAS_NODISCARD 1
#endif
#ifndef _PGLOBAL
#define _PGLOBAL
#endif
#ifndef _AGLOBAL
#define _AGLOBAL
#endif
#ifndef _CRT_SATELLITE_1
#define _CRT_SATELLITE_1
#endif
#ifndef _CRT_SATELLITE_2
#define _CRT_SATELLITE_2
#endif
#ifndef _CRT_SATELLITE_CODECVT_IDS
#define _CRT_SATELLITE_CODECVT_IDS
#endif
#ifndef _MSVC_CONSTEXPR
#if defined(__has_cpp_attribute) && __has_cpp_attribute(msvc::constexpr)
#define _MSVC_CONSTEXPR [[msvc::constexpr]]
#else
#define _MSVC_CONSTEXPR
#endif
#endif
