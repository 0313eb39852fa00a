// ipsec-error: the library's version, kept in step with CMakeLists.txt.
#ifndef IPSEC_ERROR_VERSION_HPP
#define IPSEC_ERROR_VERSION_HPP

#define IPSEC_ERROR_VERSION_MAJOR 1
#define IPSEC_ERROR_VERSION_MINOR 0
#define IPSEC_ERROR_VERSION_PATCH 0
#define IPSEC_ERROR_VERSION                                                \
    (IPSEC_ERROR_VERSION_MAJOR * 10000 + IPSEC_ERROR_VERSION_MINOR * 100 + \
     IPSEC_ERROR_VERSION_PATCH)

#endif  // IPSEC_ERROR_VERSION_HPP
