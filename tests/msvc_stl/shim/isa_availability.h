// SPDX-License-Identifier: BSL-1.0
// VC++'s isa_availability.h: the values of __isa_available that older MS STL
// headers compare with.
#pragma once
enum __ISA_AVAILABILITY {
    __ISA_AVAILABLE_X86 = 0,
    __ISA_AVAILABLE_SSE2 = 1,
    __ISA_AVAILABLE_SSE42 = 2,
    __ISA_AVAILABLE_AVX = 3,
    __ISA_AVAILABLE_ENFSTRG = 4,
    __ISA_AVAILABLE_AVX2 = 5,
    __ISA_AVAILABLE_AVX512 = 6,
};
#define __FAVOR_ATOM 0
#define __FAVOR_ENFSTRG 1
