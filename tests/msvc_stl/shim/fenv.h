// SPDX-License-Identifier: BSL-1.0
#pragma once
#include_next <fenv.h>
#ifdef __cplusplus
extern "C" {
#endif
_ACRTIMP int __cdecl feraiseexcept(int _Except);
_ACRTIMP int __cdecl feupdateenv(const fenv_t* _Env);
#ifdef __cplusplus
}
#endif
