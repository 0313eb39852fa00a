// SPDX-License-Identifier: BSL-1.0
// What the static libraries of the VC runtime (msvcrt.lib, vcruntime.lib,
// msvcprt.lib) give a /MD program and no DLL exports: the entry point, the
// table of C++ dynamic initialisers, atexit, operator new/delete,
// std::nothrow, _fltused, type_info's vtable symbol, and MS STL's
// __std_system_error_*_message. Written for the MSVC-STL check (.ci/msvc-stl); not Microsoft's
// code.
#include <vcruntime_exception.h>

extern "C" {
typedef void(__cdecl* _PVFV)(void);
__declspec(dllimport) void* __cdecl malloc(size_t);
__declspec(dllimport) void __cdecl free(void*);
__declspec(dllimport) __declspec(noreturn) void __cdecl exit(int);
__declspec(dllimport) void __cdecl _initterm(_PVFV*, _PVFV*);
__declspec(dllimport) int __cdecl _configure_narrow_argv(int);
__declspec(dllimport) int* __cdecl __p___argc(void);
__declspec(dllimport) char*** __cdecl __p___argv(void);
__declspec(dllimport) int __cdecl _crt_atexit(_PVFV);
__declspec(dllimport) void __cdecl _set_app_type(int);
__declspec(dllimport) unsigned long __stdcall FormatMessageA(unsigned long, const void*,
                                                             unsigned long, unsigned long, char*,
                                                             unsigned long, void*);
__declspec(dllimport) void* __stdcall LocalFree(void*);
int _fltused = 0x9875;
}
int main(int, char**);

#pragma section(".CRT$XCA", long, read)
#pragma section(".CRT$XCZ", long, read)
__declspec(allocate(".CRT$XCA")) _PVFV __xc_a[] = {nullptr};
__declspec(allocate(".CRT$XCZ")) _PVFV __xc_z[] = {nullptr};

extern "C" int __cdecl atexit(_PVFV f) { return _crt_atexit(f); }

extern "C" int mainCRTStartup(void) {
    _set_app_type(1);           // _crt_console_app
    _configure_narrow_argv(1);  // _crt_argv_unexpanded_arguments
    _initterm(__xc_a, __xc_z);  // C++ dynamic initialisers
    exit(main(*__p___argc(), *__p___argv()));
}

namespace std {
struct nothrow_t {
    explicit nothrow_t() = default;
};
extern const nothrow_t nothrow;
const nothrow_t nothrow{};
}  // namespace std

void* __cdecl operator new(size_t n) {
    if (void* p = malloc(n ? n : 1)) return p;
    throw std::bad_alloc();
}
void* __cdecl operator new[](size_t n) { return operator new(n); }
void* __cdecl operator new(size_t n, const std::nothrow_t&) noexcept { return malloc(n ? n : 1); }
void* __cdecl operator new[](size_t n, const std::nothrow_t&) noexcept { return malloc(n ? n : 1); }
void __cdecl operator delete(void* p) noexcept { free(p); }
void __cdecl operator delete[](void* p) noexcept { free(p); }
void __cdecl operator delete(void* p, size_t) noexcept { free(p); }
void __cdecl operator delete[](void* p, size_t) noexcept { free(p); }
void __cdecl operator delete(void* p, const std::nothrow_t&) noexcept { free(p); }
void __cdecl operator delete[](void* p, const std::nothrow_t&) noexcept { free(p); }

// RTTI type descriptors point at type_info's vtable; nothing calls through it here.
extern "C" const void* const __shim_type_info_vftable[2] = {nullptr, nullptr};
#pragma comment(linker, "/alternatename:??_7type_info@@6B@=__shim_type_info_vftable")

// MS STL's <system_error> (its import library's syserror_import_lib.cpp in the real thing).
extern "C" size_t __stdcall __std_system_error_allocate_message(unsigned long id,
                                                                char** out) noexcept {
    // FORMAT_MESSAGE_ALLOCATE_BUFFER | FROM_SYSTEM | IGNORE_INSERTS
    unsigned long n = FormatMessageA(0x100 | 0x1000 | 0x200, nullptr, id, 0,
                                     reinterpret_cast<char*>(out), 0, nullptr);
    if (n == 0) {
        *out = nullptr;
        return 0;
    }
    while (n > 0 && ((*out)[n - 1] == '\n' || (*out)[n - 1] == '\r' || (*out)[n - 1] == ' ')) --n;
    return n;
}
extern "C" void __stdcall __std_system_error_deallocate_message(char* s) noexcept { LocalFree(s); }

// vcruntime's static part: the list that type_info::name() keeps its strings in.
// An SLIST_HEADER for ucrtbase's __std_type_info_name: 16 bytes, 16-byte aligned (cmpxchg16b).
extern "C" struct __declspec(align(16)) __type_info_node {
    void* _MemPtr;
    __type_info_node* _Next;
} __type_info_root_node = {};

// msvcprt.lib's static part: facets registered for deletion at exit (leaked here),
// and <regex>'s collation transform (here: ASCII lower case, enough for these tests).
namespace std {
class _Facet_base;
void __cdecl _Facet_Register(_Facet_base*) {}
}  // namespace std
struct _Collvec;
extern "C" size_t __stdcall __std_regex_transform_primary_char(char* f1, char* l1, const char* f2,
                                                               const char* l2,
                                                               const _Collvec*) noexcept {
    const size_t n = static_cast<size_t>(l2 - f2);
    if (n <= static_cast<size_t>(l1 - f1))
        for (size_t i = 0; i < n; ++i)
            f1[i] = (f2[i] >= 'A' && f2[i] <= 'Z') ? static_cast<char>(f2[i] + 32) : f2[i];
    return n;
}
extern "C" size_t __stdcall __std_regex_transform_primary_wchar_t(wchar_t* f1, wchar_t* l1,
                                                                  const wchar_t* f2,
                                                                  const wchar_t* l2,
                                                                  const _Collvec*) noexcept {
    const size_t n = static_cast<size_t>(l2 - f2);
    if (n <= static_cast<size_t>(l1 - f1))
        for (size_t i = 0; i < n; ++i)
            f1[i] = (f2[i] >= L'A' && f2[i] <= L'Z') ? static_cast<wchar_t>(f2[i] + 32) : f2[i];
    return n;
}
