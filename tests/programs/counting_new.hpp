// SPDX-License-Identifier: BSL-1.0
// A global operator new that counts its calls, for the programs that prove
// that the library does not allocate: what they call between two readings of
// allocations() allocated nothing when the readings are equal. Include it in
// one translation unit of a program of its own (a test framework allocates).
#ifndef IPSEC_ERROR_TESTS_COUNTING_NEW_HPP
#define IPSEC_ERROR_TESTS_COUNTING_NEW_HPP

#include <atomic>
#include <cstddef>
#include <cstdlib>
#include <new>

namespace counting_new {
inline std::atomic<long> calls{0};
// How many times operator new has been called so far.
inline long allocations() { return calls.load(); }
}  // namespace counting_new

void* operator new(std::size_t size) {
    ++counting_new::calls;
    if (void* p = std::malloc(size == 0 ? 1 : size)) return p;
    throw std::bad_alloc();
}
void operator delete(void* p) noexcept { std::free(p); }
void operator delete(void* p, std::size_t) noexcept { std::free(p); }

#endif
