// SPDX-License-Identifier: BSL-1.0
// Wine's eh.h plus the UCRT declarations it lacks (corecrt_terminate.h).
#pragma once
#include <vcruntime.h>
#include_next <eh.h>
extern "C" {
_ACRTIMP terminate_handler __cdecl _get_terminate(void);
_ACRTIMP unexpected_handler __cdecl _get_unexpected(void);
_VCRTIMP int __cdecl __uncaught_exceptions(void);
}
