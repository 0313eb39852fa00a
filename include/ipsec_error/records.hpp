// ipsec-error: the table of IPsec codes.
//
// One record per code, in ascending order of value: its name and the message
// Windows prints (byte for byte as winerror.h has them, missing final periods
// and double spaces included), the part of IPsec it comes from, its severity
// and the portable conditions it belongs to. The table is checked when it is
// compiled: a broken row is a build error, not a test failure.
#ifndef IPSEC_ERROR_RECORDS_HPP
#define IPSEC_ERROR_RECORDS_HPP

#include <array>
#include <cstddef>
#include <string_view>

#include <ipsec_error/condition.hpp>
#include <ipsec_error/errc.hpp>

namespace ipsec_error {

// Where in IPsec a code comes from.
enum class part : unsigned char {
    policy_store,    // the IPsec Policy Agent's store of policies, filters and auth lists
    main_mode,       // IKE main mode (phase 1): peer authentication and the IKE SA
    quick_mode,      // IKE quick mode (phase 2): the SAs that protect data
    extended_mode,   // AuthIP extended mode: the second, user authentication
    ike,             // IKE or AuthIP in general, not one mode in particular
    packet_path,     // the IPsec driver, packet by packet
    dos_protection,  // IPsec DoS Protection
    range_marker,    // bounds a range of codes in winerror.h; not an outcome
};

enum class severity : unsigned char {
    error,          // something failed
    warning,        // the request succeeded, but not entirely as asked
    informational,  // a state or an event, not a failure
};

// The enumerators' spellings ("main_mode", "informational"); empty for other values.
constexpr std::string_view name_of(part p) noexcept {
    switch (p) {
        case part::policy_store: return "policy_store";
        case part::main_mode: return "main_mode";
        case part::quick_mode: return "quick_mode";
        case part::extended_mode: return "extended_mode";
        case part::ike: return "ike";
        case part::packet_path: return "packet_path";
        case part::dos_protection: return "dos_protection";
        case part::range_marker: return "range_marker";
    }
    return {};
}

constexpr std::string_view name_of(severity s) noexcept {
    switch (s) {
        case severity::error: return "error";
        case severity::warning: return "warning";
        case severity::informational: return "informational";
    }
    return {};
}

// What a part is, for people: "IKE main mode (phase 1)".
constexpr std::string_view description_of(part p) noexcept {
    switch (p) {
        case part::policy_store: return "IPsec policy store";
        case part::main_mode: return "IKE main mode (phase 1)";
        case part::quick_mode: return "IKE quick mode (phase 2)";
        case part::extended_mode: return "AuthIP extended mode";
        case part::ike: return "IKE and AuthIP";
        case part::packet_path: return "IPsec driver packet path";
        case part::dos_protection: return "IPsec DoS Protection";
        case part::range_marker: return "range marker (not a result)";
    }
    return {};
}

struct record {
    errc code;
    std::string_view name;     // "ERROR_IPSEC_IKE_MM_DELAY_DROP"
    std::string_view message;  // what FormatMessage returns on Windows
    ipsec_error::part part;
    ipsec_error::severity severity;
    condition_set conditions;

    constexpr int value() const noexcept { return static_cast<int>(code); }
};

inline constexpr std::size_t record_count = 153;

// One row a code, laid out by hand: clang-format would scatter it.
// clang-format off
inline constexpr std::array<record, record_count> records{{
    {errc::qm_policy_exists, "ERROR_IPSEC_QM_POLICY_EXISTS",
     "The specified quick mode policy already exists.",
     part::policy_store, severity::error, {condition::policy_object_exists}},
    {errc::qm_policy_not_found, "ERROR_IPSEC_QM_POLICY_NOT_FOUND",
     "The specified quick mode policy was not found.",
     part::policy_store, severity::error, {condition::policy_object_not_found}},
    {errc::qm_policy_in_use, "ERROR_IPSEC_QM_POLICY_IN_USE",
     "The specified quick mode policy is being used.",
     part::policy_store, severity::error, {condition::policy_object_busy}},
    {errc::mm_policy_exists, "ERROR_IPSEC_MM_POLICY_EXISTS",
     "The specified main mode policy already exists.",
     part::policy_store, severity::error, {condition::policy_object_exists}},
    {errc::mm_policy_not_found, "ERROR_IPSEC_MM_POLICY_NOT_FOUND",
     "The specified main mode policy was not found",
     part::policy_store, severity::error, {condition::policy_object_not_found}},
    {errc::mm_policy_in_use, "ERROR_IPSEC_MM_POLICY_IN_USE",
     "The specified main mode policy is being used.",
     part::policy_store, severity::error, {condition::policy_object_busy}},
    {errc::mm_filter_exists, "ERROR_IPSEC_MM_FILTER_EXISTS",
     "The specified main mode filter already exists.",
     part::policy_store, severity::error, {condition::policy_object_exists}},
    {errc::mm_filter_not_found, "ERROR_IPSEC_MM_FILTER_NOT_FOUND",
     "The specified main mode filter was not found.",
     part::policy_store, severity::error, {condition::policy_object_not_found}},
    {errc::transport_filter_exists, "ERROR_IPSEC_TRANSPORT_FILTER_EXISTS",
     "The specified transport mode filter already exists.",
     part::policy_store, severity::error, {condition::policy_object_exists}},
    {errc::transport_filter_not_found, "ERROR_IPSEC_TRANSPORT_FILTER_NOT_FOUND",
     "The specified transport mode filter does not exist.",
     part::policy_store, severity::error, {condition::policy_object_not_found}},
    {errc::mm_auth_exists, "ERROR_IPSEC_MM_AUTH_EXISTS",
     "The specified main mode authentication list exists.",
     part::policy_store, severity::error, {condition::policy_object_exists}},
    {errc::mm_auth_not_found, "ERROR_IPSEC_MM_AUTH_NOT_FOUND",
     "The specified main mode authentication list was not found.",
     part::policy_store, severity::error, {condition::policy_object_not_found}},
    {errc::mm_auth_in_use, "ERROR_IPSEC_MM_AUTH_IN_USE",
     "The specified main mode authentication list is being used.",
     part::policy_store, severity::error, {condition::policy_object_busy}},
    {errc::default_mm_policy_not_found, "ERROR_IPSEC_DEFAULT_MM_POLICY_NOT_FOUND",
     "The specified default main mode policy was not found.",
     part::policy_store, severity::error,
     {condition::policy_object_not_found,
      condition::configuration_problem}},
    {errc::default_mm_auth_not_found, "ERROR_IPSEC_DEFAULT_MM_AUTH_NOT_FOUND",
     "The specified default main mode authentication list was not found.",
     part::policy_store, severity::error,
     {condition::policy_object_not_found,
      condition::configuration_problem}},
    {errc::default_qm_policy_not_found, "ERROR_IPSEC_DEFAULT_QM_POLICY_NOT_FOUND",
     "The specified default quick mode policy was not found.",
     part::policy_store, severity::error,
     {condition::policy_object_not_found,
      condition::configuration_problem}},
    {errc::tunnel_filter_exists, "ERROR_IPSEC_TUNNEL_FILTER_EXISTS",
     "The specified tunnel mode filter exists.",
     part::policy_store, severity::error, {condition::policy_object_exists}},
    {errc::tunnel_filter_not_found, "ERROR_IPSEC_TUNNEL_FILTER_NOT_FOUND",
     "The specified tunnel mode filter was not found.",
     part::policy_store, severity::error, {condition::policy_object_not_found}},
    {errc::mm_filter_pending_deletion, "ERROR_IPSEC_MM_FILTER_PENDING_DELETION",
     "The Main Mode filter is pending deletion.",
     part::policy_store, severity::error, {condition::policy_object_busy, condition::transient}},
    {errc::transport_filter_pending_deletion, "ERROR_IPSEC_TRANSPORT_FILTER_PENDING_DELETION",
     "The transport filter is pending deletion.",
     part::policy_store, severity::error, {condition::policy_object_busy, condition::transient}},
    {errc::tunnel_filter_pending_deletion, "ERROR_IPSEC_TUNNEL_FILTER_PENDING_DELETION",
     "The tunnel filter is pending deletion.",
     part::policy_store, severity::error, {condition::policy_object_busy, condition::transient}},
    {errc::mm_policy_pending_deletion, "ERROR_IPSEC_MM_POLICY_PENDING_DELETION",
     "The Main Mode policy is pending deletion.",
     part::policy_store, severity::error, {condition::policy_object_busy, condition::transient}},
    {errc::mm_auth_pending_deletion, "ERROR_IPSEC_MM_AUTH_PENDING_DELETION",
     "The Main Mode authentication bundle is pending deletion.",
     part::policy_store, severity::error, {condition::policy_object_busy, condition::transient}},
    {errc::qm_policy_pending_deletion, "ERROR_IPSEC_QM_POLICY_PENDING_DELETION",
     "The Quick Mode policy is pending deletion.",
     part::policy_store, severity::error, {condition::policy_object_busy, condition::transient}},
    {errc::mm_policy_pruned, "WARNING_IPSEC_MM_POLICY_PRUNED",
     "The Main Mode policy was successfully added, but some of the requested offers are not "
     "supported.",
     part::policy_store, severity::warning, {condition::benign}},
    {errc::qm_policy_pruned, "WARNING_IPSEC_QM_POLICY_PRUNED",
     "The Quick Mode policy was successfully added, but some of the requested offers are not "
     "supported.",
     part::policy_store, severity::warning, {condition::benign}},
    {errc::ike_neg_status_begin, "ERROR_IPSEC_IKE_NEG_STATUS_BEGIN",
     "ERROR_IPSEC_IKE_NEG_STATUS_BEGIN",
     part::range_marker, severity::informational, {}},
    {errc::ike_auth_fail, "ERROR_IPSEC_IKE_AUTH_FAIL",
     "IKE authentication credentials are unacceptable",
     part::main_mode, severity::error, {condition::authentication_failed}},
    {errc::ike_attrib_fail, "ERROR_IPSEC_IKE_ATTRIB_FAIL",
     "IKE security attributes are unacceptable",
     part::ike, severity::error, {condition::proposal_mismatch}},
    {errc::ike_negotiation_pending, "ERROR_IPSEC_IKE_NEGOTIATION_PENDING",
     "IKE Negotiation in progress",
     part::ike, severity::informational, {condition::transient, condition::benign}},
    {errc::ike_general_processing_error, "ERROR_IPSEC_IKE_GENERAL_PROCESSING_ERROR",
     "General processing error",
     part::ike, severity::error, {condition::internal_error}},
    {errc::ike_timed_out, "ERROR_IPSEC_IKE_TIMED_OUT",
     "Negotiation timed out",
     part::ike, severity::error, {condition::negotiation_timed_out, condition::transient}},
    {errc::ike_no_cert, "ERROR_IPSEC_IKE_NO_CERT",
     "IKE failed to find valid machine certificate. Contact your Network Security Administrator "
     "about installing a valid certificate in the appropriate Certificate Store.",
     part::main_mode, severity::error,
     {condition::authentication_failed,
      condition::certificate_problem}},
    {errc::ike_sa_deleted, "ERROR_IPSEC_IKE_SA_DELETED",
     "IKE SA deleted by peer before establishment completed",
     part::ike, severity::error, {condition::sa_terminated, condition::transient}},
    {errc::ike_sa_reaped, "ERROR_IPSEC_IKE_SA_REAPED",
     "IKE SA deleted before establishment completed",
     part::ike, severity::error, {condition::sa_terminated, condition::transient}},
    {errc::ike_mm_acquire_drop, "ERROR_IPSEC_IKE_MM_ACQUIRE_DROP",
     "Negotiation request sat in Queue too long",
     part::main_mode, severity::error, {condition::negotiation_timed_out, condition::transient}},
    {errc::ike_qm_acquire_drop, "ERROR_IPSEC_IKE_QM_ACQUIRE_DROP",
     "Negotiation request sat in Queue too long",
     part::quick_mode, severity::error, {condition::negotiation_timed_out, condition::transient}},
    {errc::ike_queue_drop_mm, "ERROR_IPSEC_IKE_QUEUE_DROP_MM",
     "Negotiation request sat in Queue too long",
     part::ike, severity::error, {condition::negotiation_timed_out, condition::transient}},
    {errc::ike_queue_drop_no_mm, "ERROR_IPSEC_IKE_QUEUE_DROP_NO_MM",
     "Negotiation request sat in Queue too long",
     part::ike, severity::error, {condition::negotiation_timed_out, condition::transient}},
    {errc::ike_drop_no_response, "ERROR_IPSEC_IKE_DROP_NO_RESPONSE",
     "No response from peer",
     part::ike, severity::error, {condition::negotiation_timed_out, condition::transient}},
    {errc::ike_mm_delay_drop, "ERROR_IPSEC_IKE_MM_DELAY_DROP",
     "Negotiation took too long",
     part::main_mode, severity::error, {condition::negotiation_timed_out, condition::transient}},
    {errc::ike_qm_delay_drop, "ERROR_IPSEC_IKE_QM_DELAY_DROP",
     "Negotiation took too long",
     part::quick_mode, severity::error, {condition::negotiation_timed_out, condition::transient}},
    {errc::ike_error, "ERROR_IPSEC_IKE_ERROR",
     "Unknown error occurred",
     part::ike, severity::error, {condition::internal_error}},
    {errc::ike_crl_failed, "ERROR_IPSEC_IKE_CRL_FAILED",
     "Certificate Revocation Check failed",
     part::main_mode, severity::error,
     {condition::authentication_failed,
      condition::certificate_problem}},
    {errc::ike_invalid_key_usage, "ERROR_IPSEC_IKE_INVALID_KEY_USAGE",
     "Invalid certificate key usage",
     part::main_mode, severity::error,
     {condition::authentication_failed,
      condition::certificate_problem}},
    {errc::ike_invalid_cert_type, "ERROR_IPSEC_IKE_INVALID_CERT_TYPE",
     "Invalid certificate type",
     part::main_mode, severity::error,
     {condition::authentication_failed,
      condition::certificate_problem}},
    {errc::ike_no_private_key, "ERROR_IPSEC_IKE_NO_PRIVATE_KEY",
     "IKE negotiation failed because the machine certificate used does not have a private key. "
     "IPsec certificates require a private key. Contact your Network Security administrator about "
     "replacing with a certificate that has a private key.",
     part::main_mode, severity::error,
     {condition::authentication_failed,
      condition::certificate_problem}},
    {errc::ike_simultaneous_rekey, "ERROR_IPSEC_IKE_SIMULTANEOUS_REKEY",
     "Simultaneous rekeys were detected.",
     part::ike, severity::informational, {condition::transient, condition::benign}},
    {errc::ike_dh_fail, "ERROR_IPSEC_IKE_DH_FAIL",
     "Failure in Diffie-Hellman computation",
     part::ike, severity::error, {condition::internal_error}},
    {errc::ike_critical_payload_not_recognized, "ERROR_IPSEC_IKE_CRITICAL_PAYLOAD_NOT_RECOGNIZED",
     "Don't know how to process critical payload",
     part::ike, severity::error, {condition::malformed_message}},
    {errc::ike_invalid_header, "ERROR_IPSEC_IKE_INVALID_HEADER",
     "Invalid header",
     part::ike, severity::error, {condition::malformed_message}},
    {errc::ike_no_policy, "ERROR_IPSEC_IKE_NO_POLICY",
     "No policy configured",
     part::ike, severity::error, {condition::configuration_problem}},
    {errc::ike_invalid_signature, "ERROR_IPSEC_IKE_INVALID_SIGNATURE",
     "Failed to verify signature",
     part::main_mode, severity::error, {condition::authentication_failed}},
    {errc::ike_kerberos_error, "ERROR_IPSEC_IKE_KERBEROS_ERROR",
     "Failed to authenticate using Kerberos",
     part::main_mode, severity::error, {condition::authentication_failed}},
    {errc::ike_no_public_key, "ERROR_IPSEC_IKE_NO_PUBLIC_KEY",
     "Peer's certificate did not have a public key",
     part::main_mode, severity::error,
     {condition::authentication_failed,
      condition::certificate_problem}},
    {errc::ike_process_err, "ERROR_IPSEC_IKE_PROCESS_ERR",
     "Error processing error payload",
     part::ike, severity::error, {condition::malformed_message}},
    {errc::ike_process_err_sa, "ERROR_IPSEC_IKE_PROCESS_ERR_SA",
     "Error processing SA payload",
     part::ike, severity::error, {condition::malformed_message}},
    {errc::ike_process_err_prop, "ERROR_IPSEC_IKE_PROCESS_ERR_PROP",
     "Error processing Proposal payload",
     part::ike, severity::error, {condition::malformed_message}},
    {errc::ike_process_err_trans, "ERROR_IPSEC_IKE_PROCESS_ERR_TRANS",
     "Error processing Transform payload",
     part::ike, severity::error, {condition::malformed_message}},
    {errc::ike_process_err_ke, "ERROR_IPSEC_IKE_PROCESS_ERR_KE",
     "Error processing KE payload",
     part::ike, severity::error, {condition::malformed_message}},
    {errc::ike_process_err_id, "ERROR_IPSEC_IKE_PROCESS_ERR_ID",
     "Error processing ID payload",
     part::ike, severity::error, {condition::malformed_message}},
    {errc::ike_process_err_cert, "ERROR_IPSEC_IKE_PROCESS_ERR_CERT",
     "Error processing Cert payload",
     part::ike, severity::error, {condition::malformed_message}},
    {errc::ike_process_err_cert_req, "ERROR_IPSEC_IKE_PROCESS_ERR_CERT_REQ",
     "Error processing Certificate Request payload",
     part::ike, severity::error, {condition::malformed_message}},
    {errc::ike_process_err_hash, "ERROR_IPSEC_IKE_PROCESS_ERR_HASH",
     "Error processing Hash payload",
     part::ike, severity::error, {condition::malformed_message}},
    {errc::ike_process_err_sig, "ERROR_IPSEC_IKE_PROCESS_ERR_SIG",
     "Error processing Signature payload",
     part::ike, severity::error, {condition::malformed_message}},
    {errc::ike_process_err_nonce, "ERROR_IPSEC_IKE_PROCESS_ERR_NONCE",
     "Error processing Nonce payload",
     part::ike, severity::error, {condition::malformed_message}},
    {errc::ike_process_err_notify, "ERROR_IPSEC_IKE_PROCESS_ERR_NOTIFY",
     "Error processing Notify payload",
     part::ike, severity::error, {condition::malformed_message}},
    {errc::ike_process_err_delete, "ERROR_IPSEC_IKE_PROCESS_ERR_DELETE",
     "Error processing Delete Payload",
     part::ike, severity::error, {condition::malformed_message}},
    {errc::ike_process_err_vendor, "ERROR_IPSEC_IKE_PROCESS_ERR_VENDOR",
     "Error processing VendorId payload",
     part::ike, severity::error, {condition::malformed_message}},
    {errc::ike_invalid_payload, "ERROR_IPSEC_IKE_INVALID_PAYLOAD",
     "Invalid payload received",
     part::ike, severity::error, {condition::malformed_message}},
    {errc::ike_load_soft_sa, "ERROR_IPSEC_IKE_LOAD_SOFT_SA",
     "Soft SA loaded",
     part::ike, severity::informational, {condition::benign}},
    {errc::ike_soft_sa_torn_down, "ERROR_IPSEC_IKE_SOFT_SA_TORN_DOWN",
     "Soft SA torn down",
     part::ike, severity::informational, {condition::sa_terminated, condition::benign}},
    {errc::ike_invalid_cookie, "ERROR_IPSEC_IKE_INVALID_COOKIE",
     "Invalid cookie received.",
     part::ike, severity::error, {condition::malformed_message}},
    {errc::ike_no_peer_cert, "ERROR_IPSEC_IKE_NO_PEER_CERT",
     "Peer failed to send valid machine certificate",
     part::main_mode, severity::error,
     {condition::authentication_failed,
      condition::certificate_problem}},
    {errc::ike_peer_crl_failed, "ERROR_IPSEC_IKE_PEER_CRL_FAILED",
     "Certification Revocation check of peer's certificate failed",
     part::main_mode, severity::error,
     {condition::authentication_failed,
      condition::certificate_problem}},
    {errc::ike_policy_change, "ERROR_IPSEC_IKE_POLICY_CHANGE",
     "New policy invalidated SAs formed with old policy",
     part::ike, severity::informational,
     {condition::sa_terminated,
      condition::transient,
      condition::benign}},
    {errc::ike_no_mm_policy, "ERROR_IPSEC_IKE_NO_MM_POLICY",
     "There is no available Main Mode IKE policy.",
     part::main_mode, severity::error,
     {condition::proposal_mismatch,
      condition::configuration_problem}},
    {errc::ike_notcbpriv, "ERROR_IPSEC_IKE_NOTCBPRIV",
     "Failed to enabled TCB privilege.",
     part::ike, severity::error, {condition::internal_error}},
    {errc::ike_secloadfail, "ERROR_IPSEC_IKE_SECLOADFAIL",
     "Failed to load SECURITY.DLL.",
     part::ike, severity::error, {condition::internal_error}},
    {errc::ike_failsspinit, "ERROR_IPSEC_IKE_FAILSSPINIT",
     "Failed to obtain security function table dispatch address from SSPI.",
     part::ike, severity::error, {condition::internal_error}},
    {errc::ike_failqueryssp, "ERROR_IPSEC_IKE_FAILQUERYSSP",
     "Failed to query Kerberos package to obtain max token size.",
     part::ike, severity::error, {condition::internal_error}},
    {errc::ike_srvacqfail, "ERROR_IPSEC_IKE_SRVACQFAIL",
     "Failed to obtain Kerberos server credentials for ISAKMP/ERROR_IPSEC_IKE service. Kerberos "
     "authentication will not function. The most likely reason for this is lack of domain "
     "membership. This is normal if your computer is a member of a workgroup.",
     part::ike, severity::error, {condition::authentication_failed}},
    {errc::ike_srvquerycred, "ERROR_IPSEC_IKE_SRVQUERYCRED",
     "Failed to determine SSPI principal name for ISAKMP/ERROR_IPSEC_IKE service "
     "(QueryCredentialsAttributes).",
     part::ike, severity::error, {condition::internal_error}},
    {errc::ike_getspifail, "ERROR_IPSEC_IKE_GETSPIFAIL",
     "Failed to obtain new SPI for the inbound SA from IPsec driver. The most common cause for "
     "this is that the driver does not have the correct filter. Check your policy to verify the "
     "filters.",
     part::quick_mode, severity::error, {condition::configuration_problem}},
    {errc::ike_invalid_filter, "ERROR_IPSEC_IKE_INVALID_FILTER",
     "Given filter is invalid",
     part::ike, severity::error, {condition::configuration_problem}},
    {errc::ike_out_of_memory, "ERROR_IPSEC_IKE_OUT_OF_MEMORY",
     "Memory allocation failed.",
     part::ike, severity::error, {condition::resource_limit, condition::transient}},
    {errc::ike_add_update_key_failed, "ERROR_IPSEC_IKE_ADD_UPDATE_KEY_FAILED",
     "Failed to add Security Association to IPsec Driver. The most common cause for this is if the "
     "IKE negotiation took too long to complete. If the problem persists, reduce the load on the "
     "faulting machine.",
     part::quick_mode, severity::error, {condition::internal_error, condition::transient}},
    {errc::ike_invalid_policy, "ERROR_IPSEC_IKE_INVALID_POLICY",
     "Invalid policy",
     part::ike, severity::error, {condition::configuration_problem}},
    {errc::ike_unknown_doi, "ERROR_IPSEC_IKE_UNKNOWN_DOI",
     "Invalid DOI",
     part::ike, severity::error, {condition::malformed_message}},
    {errc::ike_invalid_situation, "ERROR_IPSEC_IKE_INVALID_SITUATION",
     "Invalid situation",
     part::ike, severity::error, {condition::malformed_message}},
    {errc::ike_dh_failure, "ERROR_IPSEC_IKE_DH_FAILURE",
     "Diffie-Hellman failure",
     part::ike, severity::error, {condition::internal_error}},
    {errc::ike_invalid_group, "ERROR_IPSEC_IKE_INVALID_GROUP",
     "Invalid Diffie-Hellman group",
     part::ike, severity::error, {condition::proposal_mismatch}},
    {errc::ike_encrypt, "ERROR_IPSEC_IKE_ENCRYPT",
     "Error encrypting payload",
     part::ike, severity::error, {condition::internal_error}},
    {errc::ike_decrypt, "ERROR_IPSEC_IKE_DECRYPT",
     "Error decrypting payload",
     part::ike, severity::error, {condition::malformed_message}},
    {errc::ike_policy_match, "ERROR_IPSEC_IKE_POLICY_MATCH",
     "Policy match error",
     part::ike, severity::error, {condition::proposal_mismatch}},
    {errc::ike_unsupported_id, "ERROR_IPSEC_IKE_UNSUPPORTED_ID",
     "Unsupported ID",
     part::ike, severity::error, {condition::malformed_message}},
    {errc::ike_invalid_hash, "ERROR_IPSEC_IKE_INVALID_HASH",
     "Hash verification failed",
     part::ike, severity::error, {condition::authentication_failed}},
    {errc::ike_invalid_hash_alg, "ERROR_IPSEC_IKE_INVALID_HASH_ALG",
     "Invalid hash algorithm",
     part::ike, severity::error, {condition::proposal_mismatch}},
    {errc::ike_invalid_hash_size, "ERROR_IPSEC_IKE_INVALID_HASH_SIZE",
     "Invalid hash size",
     part::ike, severity::error, {condition::malformed_message}},
    {errc::ike_invalid_encrypt_alg, "ERROR_IPSEC_IKE_INVALID_ENCRYPT_ALG",
     "Invalid encryption algorithm",
     part::ike, severity::error, {condition::proposal_mismatch}},
    {errc::ike_invalid_auth_alg, "ERROR_IPSEC_IKE_INVALID_AUTH_ALG",
     "Invalid authentication algorithm",
     part::ike, severity::error, {condition::proposal_mismatch}},
    {errc::ike_invalid_sig, "ERROR_IPSEC_IKE_INVALID_SIG",
     "Invalid certificate signature",
     part::main_mode, severity::error,
     {condition::authentication_failed,
      condition::certificate_problem}},
    {errc::ike_load_failed, "ERROR_IPSEC_IKE_LOAD_FAILED",
     "Load failed",
     part::ike, severity::error, {condition::internal_error}},
    {errc::ike_rpc_delete, "ERROR_IPSEC_IKE_RPC_DELETE",
     "Deleted via RPC call",
     part::ike, severity::informational, {condition::sa_terminated, condition::benign}},
    {errc::ike_benign_reinit, "ERROR_IPSEC_IKE_BENIGN_REINIT",
     "Temporary state created to perform reinitialization. This is not a real failure.",
     part::ike, severity::informational, {condition::benign}},
    {errc::ike_invalid_responder_lifetime_notify,
     "ERROR_IPSEC_IKE_INVALID_RESPONDER_LIFETIME_NOTIFY",
     "The lifetime value received in the Responder Lifetime Notify is below the Windows 2000 "
     "configured minimum value. Please fix the policy on the peer machine.",
     part::ike, severity::error, {condition::proposal_mismatch}},
    {errc::ike_invalid_major_version, "ERROR_IPSEC_IKE_INVALID_MAJOR_VERSION",
     "The recipient cannot handle version of IKE specified in the header.",
     part::ike, severity::error, {condition::proposal_mismatch}},
    {errc::ike_invalid_cert_keylen, "ERROR_IPSEC_IKE_INVALID_CERT_KEYLEN",
     "Key length in certificate is too small for configured security requirements.",
     part::main_mode, severity::error,
     {condition::authentication_failed,
      condition::certificate_problem}},
    {errc::ike_mm_limit, "ERROR_IPSEC_IKE_MM_LIMIT",
     "Max number of established MM SAs to peer exceeded.",
     part::main_mode, severity::error, {condition::resource_limit, condition::transient}},
    {errc::ike_negotiation_disabled, "ERROR_IPSEC_IKE_NEGOTIATION_DISABLED",
     "IKE received a policy that disables negotiation.",
     part::ike, severity::error, {condition::configuration_problem}},
    {errc::ike_qm_limit, "ERROR_IPSEC_IKE_QM_LIMIT",
     "Reached maximum quick mode limit for the main mode. New main mode will be started.",
     part::quick_mode, severity::informational,
     {condition::resource_limit,
      condition::transient,
      condition::benign}},
    {errc::ike_mm_expired, "ERROR_IPSEC_IKE_MM_EXPIRED",
     "Main mode SA lifetime expired or peer sent a main mode delete.",
     part::main_mode, severity::informational,
     {condition::sa_terminated,
      condition::transient,
      condition::benign}},
    {errc::ike_peer_mm_assumed_invalid, "ERROR_IPSEC_IKE_PEER_MM_ASSUMED_INVALID",
     "Main mode SA assumed to be invalid because peer stopped responding.",
     part::main_mode, severity::error,
     {condition::negotiation_timed_out,
      condition::sa_terminated,
      condition::transient}},
    {errc::ike_cert_chain_policy_mismatch, "ERROR_IPSEC_IKE_CERT_CHAIN_POLICY_MISMATCH",
     "Certificate doesn't chain to a trusted root in IPsec policy.",
     part::main_mode, severity::error,
     {condition::authentication_failed,
      condition::certificate_problem}},
    {errc::ike_unexpected_message_id, "ERROR_IPSEC_IKE_UNEXPECTED_MESSAGE_ID",
     "Received unexpected message ID.",
     part::ike, severity::error, {condition::malformed_message}},
    {errc::ike_invalid_auth_payload, "ERROR_IPSEC_IKE_INVALID_AUTH_PAYLOAD",
     "Received invalid authentication offers.",
     part::main_mode, severity::error,
     {condition::authentication_failed,
      condition::proposal_mismatch}},
    {errc::ike_dos_cookie_sent, "ERROR_IPSEC_IKE_DOS_COOKIE_SENT",
     "Sent DoS cookie notify to initiator.",
     part::ike, severity::informational, {condition::benign}},
    {errc::ike_shutting_down, "ERROR_IPSEC_IKE_SHUTTING_DOWN",
     "IKE service is shutting down.",
     part::ike, severity::error, {condition::sa_terminated, condition::transient}},
    {errc::ike_cga_auth_failed, "ERROR_IPSEC_IKE_CGA_AUTH_FAILED",
     "Could not verify binding between CGA address and certificate.",
     part::main_mode, severity::error,
     {condition::authentication_failed,
      condition::certificate_problem}},
    {errc::ike_process_err_natoa, "ERROR_IPSEC_IKE_PROCESS_ERR_NATOA",
     "Error processing NatOA payload.",
     part::ike, severity::error, {condition::malformed_message}},
    {errc::ike_invalid_mm_for_qm, "ERROR_IPSEC_IKE_INVALID_MM_FOR_QM",
     "Parameters of the main mode are invalid for this quick mode.",
     part::quick_mode, severity::error, {condition::proposal_mismatch}},
    {errc::ike_qm_expired, "ERROR_IPSEC_IKE_QM_EXPIRED",
     "Quick mode SA was expired by IPsec driver.",
     part::quick_mode, severity::informational,
     {condition::sa_terminated,
      condition::transient,
      condition::benign}},
    {errc::ike_too_many_filters, "ERROR_IPSEC_IKE_TOO_MANY_FILTERS",
     "Too many dynamically added IKEEXT filters were detected.",
     part::ike, severity::error, {condition::resource_limit}},
    {errc::ike_neg_status_end, "ERROR_IPSEC_IKE_NEG_STATUS_END",
     "ERROR_IPSEC_IKE_NEG_STATUS_END",
     part::range_marker, severity::informational, {}},
    {errc::ike_kill_dummy_nap_tunnel, "ERROR_IPSEC_IKE_KILL_DUMMY_NAP_TUNNEL",
     "NAP reauth succeeded and must delete the dummy NAP IKEv2 tunnel.",
     part::ike, severity::informational, {condition::sa_terminated, condition::benign}},
    {errc::ike_inner_ip_assignment_failure, "ERROR_IPSEC_IKE_INNER_IP_ASSIGNMENT_FAILURE",
     "Error in assigning inner IP address to initiator in tunnel mode.",
     part::ike, severity::error, {condition::configuration_problem}},
    {errc::ike_require_cp_payload_missing, "ERROR_IPSEC_IKE_REQUIRE_CP_PAYLOAD_MISSING",
     "Require configuration payload missing.",
     part::ike, severity::error, {condition::proposal_mismatch}},
    {errc::key_module_impersonation_negotiation_pending,
     "ERROR_IPSEC_KEY_MODULE_IMPERSONATION_NEGOTIATION_PENDING",
     "A negotiation running as the security principle who issued the connection is in progress",
     part::extended_mode, severity::informational, {condition::transient, condition::benign}},
    {errc::ike_coexistence_suppress, "ERROR_IPSEC_IKE_COEXISTENCE_SUPPRESS",
     "SA was deleted due to IKEv1/AuthIP co-existence suppress check.",
     part::ike, severity::error, {condition::sa_terminated}},
    {errc::ike_ratelimit_drop, "ERROR_IPSEC_IKE_RATELIMIT_DROP",
     "Incoming SA request was dropped due to peer IP address rate limiting.",
     part::ike, severity::error, {condition::resource_limit, condition::transient}},
    {errc::ike_peer_doesnt_support_mobike, "ERROR_IPSEC_IKE_PEER_DOESNT_SUPPORT_MOBIKE",
     "Peer does not support MOBIKE.",
     part::ike, severity::error, {condition::proposal_mismatch}},
    {errc::ike_authorization_failure, "ERROR_IPSEC_IKE_AUTHORIZATION_FAILURE",
     "SA establishment is not authorized.",
     part::extended_mode, severity::error, {condition::authentication_failed}},
    {errc::ike_strong_cred_authorization_failure,
     "ERROR_IPSEC_IKE_STRONG_CRED_AUTHORIZATION_FAILURE",
     "SA establishment is not authorized because there is not a sufficiently strong PKINIT-based "
     "credential.",
     part::extended_mode, severity::error, {condition::authentication_failed}},
    {errc::ike_authorization_failure_with_optional_retry,
     "ERROR_IPSEC_IKE_AUTHORIZATION_FAILURE_WITH_OPTIONAL_RETRY",
     "SA establishment is not authorized.  You may need to enter updated or different credentials "
     "such as a smartcard.",
     part::extended_mode, severity::error, {condition::authentication_failed}},
    {errc::ike_strong_cred_authorization_and_certmap_failure,
     "ERROR_IPSEC_IKE_STRONG_CRED_AUTHORIZATION_AND_CERTMAP_FAILURE",
     "SA establishment is not authorized because there is not a sufficiently strong PKINIT-based "
     "credential. This might be related to certificate-to-account mapping failure for the SA.",
     part::extended_mode, severity::error,
     {condition::authentication_failed,
      condition::certificate_problem}},
    {errc::ike_neg_status_extended_end, "ERROR_IPSEC_IKE_NEG_STATUS_EXTENDED_END",
     "ERROR_IPSEC_IKE_NEG_STATUS_EXTENDED_END",
     part::range_marker, severity::informational, {}},
    {errc::bad_spi, "ERROR_IPSEC_BAD_SPI",
     "The SPI in the packet does not match a valid IPsec SA.",
     part::packet_path, severity::error, {condition::packet_dropped}},
    {errc::sa_lifetime_expired, "ERROR_IPSEC_SA_LIFETIME_EXPIRED",
     "Packet was received on an IPsec SA whose lifetime has expired.",
     part::packet_path, severity::error, {condition::packet_dropped, condition::transient}},
    {errc::wrong_sa, "ERROR_IPSEC_WRONG_SA",
     "Packet was received on an IPsec SA that does not match the packet characteristics.",
     part::packet_path, severity::error, {condition::packet_dropped}},
    {errc::replay_check_failed, "ERROR_IPSEC_REPLAY_CHECK_FAILED",
     "Packet sequence number replay check failed.",
     part::packet_path, severity::error, {condition::packet_dropped}},
    {errc::invalid_packet, "ERROR_IPSEC_INVALID_PACKET",
     "IPsec header and/or trailer in the packet is invalid.",
     part::packet_path, severity::error, {condition::malformed_message, condition::packet_dropped}},
    {errc::integrity_check_failed, "ERROR_IPSEC_INTEGRITY_CHECK_FAILED",
     "IPsec integrity check failed.",
     part::packet_path, severity::error, {condition::packet_dropped}},
    {errc::clear_text_drop, "ERROR_IPSEC_CLEAR_TEXT_DROP",
     "IPsec dropped a clear text packet.",
     part::packet_path, severity::error, {condition::packet_dropped}},
    {errc::auth_firewall_drop, "ERROR_IPSEC_AUTH_FIREWALL_DROP",
     "IPsec dropped an incoming ESP packet in authenticated firewall mode. This drop is benign.",
     part::packet_path, severity::informational, {condition::packet_dropped, condition::benign}},
    {errc::throttle_drop, "ERROR_IPSEC_THROTTLE_DROP",
     "IPsec dropped a packet due to DoS throttling.",
     part::packet_path, severity::error,
     {condition::resource_limit,
      condition::packet_dropped,
      condition::transient}},
    {errc::dosp_block, "ERROR_IPSEC_DOSP_BLOCK",
     "IPsec DoS Protection matched an explicit block rule.",
     part::dos_protection, severity::error,
     {condition::packet_dropped,
      condition::configuration_problem}},
    {errc::dosp_received_multicast, "ERROR_IPSEC_DOSP_RECEIVED_MULTICAST",
     "IPsec DoS Protection received an IPsec specific multicast packet which is not allowed.",
     part::dos_protection, severity::error,
     {condition::packet_dropped,
      condition::configuration_problem}},
    {errc::dosp_invalid_packet, "ERROR_IPSEC_DOSP_INVALID_PACKET",
     "IPsec DoS Protection received an incorrectly formatted packet.",
     part::dos_protection, severity::error,
     {condition::malformed_message,
      condition::packet_dropped}},
    {errc::dosp_state_lookup_failed, "ERROR_IPSEC_DOSP_STATE_LOOKUP_FAILED",
     "IPsec DoS Protection failed to look up state.",
     part::dos_protection, severity::error, {condition::packet_dropped, condition::internal_error}},
    {errc::dosp_max_entries, "ERROR_IPSEC_DOSP_MAX_ENTRIES",
     "IPsec DoS Protection failed to create state because the maximum number of entries allowed by "
     "policy has been reached.",
     part::dos_protection, severity::error,
     {condition::resource_limit,
      condition::packet_dropped,
      condition::transient}},
    {errc::dosp_keymod_not_allowed, "ERROR_IPSEC_DOSP_KEYMOD_NOT_ALLOWED",
     "IPsec DoS Protection received an IPsec negotiation packet for a keying module which is not "
     "allowed by policy.",
     part::dos_protection, severity::error,
     {condition::packet_dropped,
      condition::configuration_problem}},
    {errc::dosp_not_installed, "ERROR_IPSEC_DOSP_NOT_INSTALLED",
     "IPsec DoS Protection has not been enabled.",
     part::dos_protection, severity::error, {condition::configuration_problem}},
    {errc::dosp_max_per_ip_ratelimit_queues, "ERROR_IPSEC_DOSP_MAX_PER_IP_RATELIMIT_QUEUES",
     "IPsec DoS Protection failed to create a per internal IP rate limit queue because the maximum "
     "number of queues allowed by policy has been reached.",
     part::dos_protection, severity::error,
     {condition::resource_limit,
      condition::packet_dropped,
      condition::transient}},
}};
// clang-format on

namespace detail {

inline constexpr std::string_view error_prefix = "ERROR_IPSEC_";
inline constexpr std::string_view warning_prefix = "WARNING_IPSEC_";

// The enumerator's spelling in upper case: the name without its prefix.
constexpr std::string_view name_stem(std::string_view name) noexcept {
    if (name.substr(0, error_prefix.size()) == error_prefix)
        return name.substr(error_prefix.size());
    if (name.substr(0, warning_prefix.size()) == warning_prefix) {
        return name.substr(warning_prefix.size());
    }
    return {};
}

// The compile-time checks of the table (uniqueness of names is proven where
// their index is built, detail/name_index.hpp). Each takes the table as an argument
// so that the rules are one function each, stated once.
template <std::size_t N>
constexpr bool values_ascending(const std::array<record, N>& table) noexcept {
    for (std::size_t i = 1; i < N; ++i) {
        if (table[i - 1].value() >= table[i].value()) return false;
    }
    return true;
}

template <std::size_t N>
constexpr bool names_well_formed(const std::array<record, N>& table) noexcept {
    for (const record& r : table) {
        const std::string_view stem = name_stem(r.name);
        if (stem.empty()) return false;
        for (char c : stem) {
            const bool ok = (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
            if (!ok) return false;
        }
        // WARNING_ names, and only they, are warnings.
        const bool is_warning = r.name.substr(0, warning_prefix.size()) == warning_prefix;
        if (is_warning != (r.severity == severity::warning)) return false;
    }
    return true;
}

template <std::size_t N>
constexpr bool messages_present(const std::array<record, N>& table) noexcept {
    for (const record& r : table) {
        if (r.message.empty()) return false;
        // A range marker's message is its own name, as in winerror.h.
        if ((r.part == part::range_marker) != (r.message == r.name)) return false;
    }
    return true;
}

template <std::size_t N>
constexpr bool conditions_consistent(const std::array<record, N>& table) noexcept {
    for (const record& r : table) {
        if (r.part == part::range_marker) {
            if (!r.conditions.empty() || r.severity != severity::informational) return false;
            continue;
        }
        if (r.conditions.empty()) return false;
        // "benign" is the condition form of a severity other than error.
        if (r.conditions.contains(condition::benign) != (r.severity != severity::error)) {
            return false;
        }
    }
    return true;
}

}  // namespace detail

static_assert(detail::values_ascending(records),
              "ipsec_error::records: values must be strictly ascending");
static_assert(detail::names_well_formed(records),
              "ipsec_error::records: each name is ERROR_IPSEC_ or WARNING_IPSEC_ and A-Z, 0-9, _; "
              "WARNING_ names and only they have severity::warning");
static_assert(detail::messages_present(records),
              "ipsec_error::records: every message is non-empty; range markers, and only they, "
              "have their own name as message");
static_assert(detail::conditions_consistent(records),
              "ipsec_error::records: every code but a range marker belongs to a condition, and "
              "benign ones exactly to those that are not errors");

}  // namespace ipsec_error

#endif  // IPSEC_ERROR_RECORDS_HPP
