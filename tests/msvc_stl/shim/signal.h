// SPDX-License-Identifier: BSL-1.0
#pragma once
#include_next <signal.h>
typedef int sig_atomic_t;
