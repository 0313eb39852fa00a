// SPDX-License-Identifier: BSL-1.0
// Wine's eh.h, with C linkage as in the UCRT (ucrtbase exports terminate and
// set_terminate as C functions), plus the declarations it lacks
// (corecrt_terminate.h).
#pragma once
#include <vcruntime.h>
extern "C" {
#include_next <eh.h>
}
extern "C" {
_ACRTIMP terminate_handler __cdecl _get_terminate(void);
_ACRTIMP unexpected_handler __cdecl _get_unexpected(void);
_VCRTIMP int __cdecl __uncaught_exceptions(void);
}
