// SPDX-License-Identifier: BSL-1.0
// Wine's stdlib.h plus what it lacks of the UCRT's (getenv_s: spdlog reads
// its environment with it).
#pragma once
#if defined(__i386__)  // Wine's i386 stdlib.h declares div and ldiv returning a 64-bit integer
#define div __wine_shim_div_u64
#define ldiv __wine_shim_ldiv_u64
#endif
#include_next <stdlib.h>
#if defined(__i386__)
#undef div
#undef ldiv
#ifdef __cplusplus
extern "C" {
#endif
_ACRTIMP div_t __cdecl div(int, int);
_ACRTIMP ldiv_t __cdecl ldiv(long, long);
#ifdef __cplusplus
}
#endif
#endif
#include <errno.h>
#ifdef __cplusplus
extern "C" {
#endif
_ACRTIMP int __cdecl at_quick_exit(void(__cdecl* _Func)(void));
_ACRTIMP __declspec(noreturn) void __cdecl quick_exit(int _Code);
_ACRTIMP errno_t __cdecl getenv_s(size_t* _RequiredCount, char* _Buffer, size_t _BufferCount,
                                  const char* _VarName);
#ifdef __cplusplus
}
extern "C++" {
inline long __cdecl abs(long const _X) noexcept { return labs(_X); }
inline long long __cdecl abs(long long const _X) noexcept { return llabs(_X); }
inline ldiv_t __cdecl div(long const _A1, long const _A2) noexcept { return ldiv(_A1, _A2); }
inline lldiv_t __cdecl div(long long const _A1, long long const _A2) noexcept { return lldiv(_A1, _A2); }
}
#endif
