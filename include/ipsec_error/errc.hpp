// SPDX-License-Identifier: BSL-1.0
/// @file
/// The Windows IPsec error codes as an enumeration, errc.
///
/// One enumerator per ERROR_IPSEC_* / WARNING_IPSEC_* code of winerror.h, and
/// one for Winsock's WSA_IPSEC_NAME_POLICY_ERROR: the name without its prefix,
/// in lower case, with the Windows value. The table in
/// records.hpp gives each its name and message; the category in category.hpp
/// makes it a std::error_code.
#ifndef IPSEC_ERROR_ERRC_HPP
#define IPSEC_ERROR_ERRC_HPP

/// Everything the library offers: the codes, their table, categories and conversions.
namespace ipsec_error {
/// The current version of the library's names, an inline namespace.
///
/// Users write ipsec_error::errc, and two libraries built against different major versions
/// of these headers never share an inline definition.
inline namespace v1 {

/// The Windows IPsec error codes: the ERROR_IPSEC_* and WARNING_IPSEC_* codes of winerror.h,
/// and Winsock's WSA_IPSEC_NAME_POLICY_ERROR.
///
/// Each enumerator is the winerror.h name without its ERROR_IPSEC_, WARNING_IPSEC_ or
/// WSA_IPSEC_ prefix, in lower case, and has the Windows value: errc::ike_mm_delay_drop is
/// ERROR_IPSEC_IKE_MM_DELAY_DROP, 13814, and errc::name_policy_error is
/// WSA_IPSEC_NAME_POLICY_ERROR, 11033. Besides that Winsock code, the values come in four
/// ranges: the policy store
/// (13000-13025), IKE and AuthIP negotiation (13800-13909, whose bounds are range markers
/// with no meaning of their own), the IPsec driver's packet path (13910-13918) and IPsec DoS
/// Protection (13925-13932). No enumerator has the value 0, so errc{} is no code.
///
/// An errc converts implicitly to std::error_code (see ipsec_category()); records and
/// find() give each code its name and message.
enum class errc : int {
    // Winsock, outside the ranges below.
    /// `WSA_IPSEC_NAME_POLICY_ERROR`: "Name based IPSEC policy could not be added."
    name_policy_error = 11033,

    // Policy store (the IPsec Policy Agent's objects): 13000-13025.
    /// `ERROR_IPSEC_QM_POLICY_EXISTS`: "The specified quick mode policy already exists."
    qm_policy_exists = 13000,
    /// `ERROR_IPSEC_QM_POLICY_NOT_FOUND`: "The specified quick mode policy was not found."
    qm_policy_not_found = 13001,
    /// `ERROR_IPSEC_QM_POLICY_IN_USE`: "The specified quick mode policy is being used."
    qm_policy_in_use = 13002,
    /// `ERROR_IPSEC_MM_POLICY_EXISTS`: "The specified main mode policy already exists."
    mm_policy_exists = 13003,
    /// `ERROR_IPSEC_MM_POLICY_NOT_FOUND`: "The specified main mode policy was not found"
    mm_policy_not_found = 13004,
    /// `ERROR_IPSEC_MM_POLICY_IN_USE`: "The specified main mode policy is being used."
    mm_policy_in_use = 13005,
    /// `ERROR_IPSEC_MM_FILTER_EXISTS`: "The specified main mode filter already exists."
    mm_filter_exists = 13006,
    /// `ERROR_IPSEC_MM_FILTER_NOT_FOUND`: "The specified main mode filter was not found."
    mm_filter_not_found = 13007,
    /// `ERROR_IPSEC_TRANSPORT_FILTER_EXISTS`: "The specified transport mode filter already exists."
    transport_filter_exists = 13008,
    /// `ERROR_IPSEC_TRANSPORT_FILTER_NOT_FOUND`: "The specified transport mode filter does not
    /// exist."
    transport_filter_not_found = 13009,
    /// `ERROR_IPSEC_MM_AUTH_EXISTS`: "The specified main mode authentication list exists."
    mm_auth_exists = 13010,
    /// `ERROR_IPSEC_MM_AUTH_NOT_FOUND`: "The specified main mode authentication list was not
    /// found."
    mm_auth_not_found = 13011,
    /// `ERROR_IPSEC_MM_AUTH_IN_USE`: "The specified main mode authentication list is being used."
    mm_auth_in_use = 13012,
    /// `ERROR_IPSEC_DEFAULT_MM_POLICY_NOT_FOUND`: "The specified default main mode policy was not
    /// found."
    default_mm_policy_not_found = 13013,
    /// `ERROR_IPSEC_DEFAULT_MM_AUTH_NOT_FOUND`: "The specified default main mode authentication
    /// list was not found."
    default_mm_auth_not_found = 13014,
    /// `ERROR_IPSEC_DEFAULT_QM_POLICY_NOT_FOUND`: "The specified default quick mode policy was not
    /// found."
    default_qm_policy_not_found = 13015,
    /// `ERROR_IPSEC_TUNNEL_FILTER_EXISTS`: "The specified tunnel mode filter exists."
    tunnel_filter_exists = 13016,
    /// `ERROR_IPSEC_TUNNEL_FILTER_NOT_FOUND`: "The specified tunnel mode filter was not found."
    tunnel_filter_not_found = 13017,
    /// `ERROR_IPSEC_MM_FILTER_PENDING_DELETION`: "The Main Mode filter is pending deletion."
    mm_filter_pending_deletion = 13018,
    /// `ERROR_IPSEC_TRANSPORT_FILTER_PENDING_DELETION`: "The transport filter is pending deletion."
    transport_filter_pending_deletion = 13019,
    /// `ERROR_IPSEC_TUNNEL_FILTER_PENDING_DELETION`: "The tunnel filter is pending deletion."
    tunnel_filter_pending_deletion = 13020,
    /// `ERROR_IPSEC_MM_POLICY_PENDING_DELETION`: "The Main Mode policy is pending deletion."
    mm_policy_pending_deletion = 13021,
    /// `ERROR_IPSEC_MM_AUTH_PENDING_DELETION`: "The Main Mode authentication bundle is pending
    /// deletion."
    mm_auth_pending_deletion = 13022,
    /// `ERROR_IPSEC_QM_POLICY_PENDING_DELETION`: "The Quick Mode policy is pending deletion."
    qm_policy_pending_deletion = 13023,
    /// `WARNING_IPSEC_MM_POLICY_PRUNED`: "The Main Mode policy was successfully added, but some of
    /// the requested offers are not supported."
    mm_policy_pruned = 13024,
    /// `WARNING_IPSEC_QM_POLICY_PRUNED`: "The Quick Mode policy was successfully added, but some of
    /// the requested offers are not supported."
    qm_policy_pruned = 13025,

    // IKE and AuthIP negotiation status: 13800-13909, bounded by range markers.
    /// `ERROR_IPSEC_IKE_NEG_STATUS_BEGIN`: "ERROR_IPSEC_IKE_NEG_STATUS_BEGIN"
    ike_neg_status_begin = 13800,
    /// `ERROR_IPSEC_IKE_AUTH_FAIL`: "IKE authentication credentials are unacceptable"
    ike_auth_fail = 13801,
    /// `ERROR_IPSEC_IKE_ATTRIB_FAIL`: "IKE security attributes are unacceptable"
    ike_attrib_fail = 13802,
    /// `ERROR_IPSEC_IKE_NEGOTIATION_PENDING`: "IKE Negotiation in progress"
    ike_negotiation_pending = 13803,
    /// `ERROR_IPSEC_IKE_GENERAL_PROCESSING_ERROR`: "General processing error"
    ike_general_processing_error = 13804,
    /// `ERROR_IPSEC_IKE_TIMED_OUT`: "Negotiation timed out"
    ike_timed_out = 13805,
    /// `ERROR_IPSEC_IKE_NO_CERT`: "IKE failed to find valid machine certificate. Contact your
    /// Network Security Administrator about installing a valid certificate in the appropriate
    /// Certificate Store."
    ike_no_cert = 13806,
    /// `ERROR_IPSEC_IKE_SA_DELETED`: "IKE SA deleted by peer before establishment completed"
    ike_sa_deleted = 13807,
    /// `ERROR_IPSEC_IKE_SA_REAPED`: "IKE SA deleted before establishment completed"
    ike_sa_reaped = 13808,
    /// `ERROR_IPSEC_IKE_MM_ACQUIRE_DROP`: "Negotiation request sat in Queue too long"
    ike_mm_acquire_drop = 13809,
    /// `ERROR_IPSEC_IKE_QM_ACQUIRE_DROP`: "Negotiation request sat in Queue too long"
    ike_qm_acquire_drop = 13810,
    /// `ERROR_IPSEC_IKE_QUEUE_DROP_MM`: "Negotiation request sat in Queue too long"
    ike_queue_drop_mm = 13811,
    /// `ERROR_IPSEC_IKE_QUEUE_DROP_NO_MM`: "Negotiation request sat in Queue too long"
    ike_queue_drop_no_mm = 13812,
    /// `ERROR_IPSEC_IKE_DROP_NO_RESPONSE`: "No response from peer"
    ike_drop_no_response = 13813,
    /// `ERROR_IPSEC_IKE_MM_DELAY_DROP`: "Negotiation took too long"
    ike_mm_delay_drop = 13814,
    /// `ERROR_IPSEC_IKE_QM_DELAY_DROP`: "Negotiation took too long"
    ike_qm_delay_drop = 13815,
    /// `ERROR_IPSEC_IKE_ERROR`: "Unknown error occurred"
    ike_error = 13816,
    /// `ERROR_IPSEC_IKE_CRL_FAILED`: "Certificate Revocation Check failed"
    ike_crl_failed = 13817,
    /// `ERROR_IPSEC_IKE_INVALID_KEY_USAGE`: "Invalid certificate key usage"
    ike_invalid_key_usage = 13818,
    /// `ERROR_IPSEC_IKE_INVALID_CERT_TYPE`: "Invalid certificate type"
    ike_invalid_cert_type = 13819,
    /// `ERROR_IPSEC_IKE_NO_PRIVATE_KEY`: "IKE negotiation failed because the machine certificate
    /// used does not have a private key. IPsec certificates require a private key. Contact your
    /// Network Security administrator about replacing with a certificate that has a private key."
    ike_no_private_key = 13820,
    /// `ERROR_IPSEC_IKE_SIMULTANEOUS_REKEY`: "Simultaneous rekeys were detected."
    ike_simultaneous_rekey = 13821,
    /// `ERROR_IPSEC_IKE_DH_FAIL`: "Failure in Diffie-Hellman computation"
    ike_dh_fail = 13822,
    /// `ERROR_IPSEC_IKE_CRITICAL_PAYLOAD_NOT_RECOGNIZED`: "Don't know how to process critical
    /// payload"
    ike_critical_payload_not_recognized = 13823,
    /// `ERROR_IPSEC_IKE_INVALID_HEADER`: "Invalid header"
    ike_invalid_header = 13824,
    /// `ERROR_IPSEC_IKE_NO_POLICY`: "No policy configured"
    ike_no_policy = 13825,
    /// `ERROR_IPSEC_IKE_INVALID_SIGNATURE`: "Failed to verify signature"
    ike_invalid_signature = 13826,
    /// `ERROR_IPSEC_IKE_KERBEROS_ERROR`: "Failed to authenticate using Kerberos"
    ike_kerberos_error = 13827,
    /// `ERROR_IPSEC_IKE_NO_PUBLIC_KEY`: "Peer's certificate did not have a public key"
    ike_no_public_key = 13828,
    /// `ERROR_IPSEC_IKE_PROCESS_ERR`: "Error processing error payload"
    ike_process_err = 13829,
    /// `ERROR_IPSEC_IKE_PROCESS_ERR_SA`: "Error processing SA payload"
    ike_process_err_sa = 13830,
    /// `ERROR_IPSEC_IKE_PROCESS_ERR_PROP`: "Error processing Proposal payload"
    ike_process_err_prop = 13831,
    /// `ERROR_IPSEC_IKE_PROCESS_ERR_TRANS`: "Error processing Transform payload"
    ike_process_err_trans = 13832,
    /// `ERROR_IPSEC_IKE_PROCESS_ERR_KE`: "Error processing KE payload"
    ike_process_err_ke = 13833,
    /// `ERROR_IPSEC_IKE_PROCESS_ERR_ID`: "Error processing ID payload"
    ike_process_err_id = 13834,
    /// `ERROR_IPSEC_IKE_PROCESS_ERR_CERT`: "Error processing Cert payload"
    ike_process_err_cert = 13835,
    /// `ERROR_IPSEC_IKE_PROCESS_ERR_CERT_REQ`: "Error processing Certificate Request payload"
    ike_process_err_cert_req = 13836,
    /// `ERROR_IPSEC_IKE_PROCESS_ERR_HASH`: "Error processing Hash payload"
    ike_process_err_hash = 13837,
    /// `ERROR_IPSEC_IKE_PROCESS_ERR_SIG`: "Error processing Signature payload"
    ike_process_err_sig = 13838,
    /// `ERROR_IPSEC_IKE_PROCESS_ERR_NONCE`: "Error processing Nonce payload"
    ike_process_err_nonce = 13839,
    /// `ERROR_IPSEC_IKE_PROCESS_ERR_NOTIFY`: "Error processing Notify payload"
    ike_process_err_notify = 13840,
    /// `ERROR_IPSEC_IKE_PROCESS_ERR_DELETE`: "Error processing Delete Payload"
    ike_process_err_delete = 13841,
    /// `ERROR_IPSEC_IKE_PROCESS_ERR_VENDOR`: "Error processing VendorId payload"
    ike_process_err_vendor = 13842,
    /// `ERROR_IPSEC_IKE_INVALID_PAYLOAD`: "Invalid payload received"
    ike_invalid_payload = 13843,
    /// `ERROR_IPSEC_IKE_LOAD_SOFT_SA`: "Soft SA loaded"
    ike_load_soft_sa = 13844,
    /// `ERROR_IPSEC_IKE_SOFT_SA_TORN_DOWN`: "Soft SA torn down"
    ike_soft_sa_torn_down = 13845,
    /// `ERROR_IPSEC_IKE_INVALID_COOKIE`: "Invalid cookie received."
    ike_invalid_cookie = 13846,
    /// `ERROR_IPSEC_IKE_NO_PEER_CERT`: "Peer failed to send valid machine certificate"
    ike_no_peer_cert = 13847,
    /// `ERROR_IPSEC_IKE_PEER_CRL_FAILED`: "Certification Revocation check of peer's certificate
    /// failed"
    ike_peer_crl_failed = 13848,
    /// `ERROR_IPSEC_IKE_POLICY_CHANGE`: "New policy invalidated SAs formed with old policy"
    ike_policy_change = 13849,
    /// `ERROR_IPSEC_IKE_NO_MM_POLICY`: "There is no available Main Mode IKE policy."
    ike_no_mm_policy = 13850,
    /// `ERROR_IPSEC_IKE_NOTCBPRIV`: "Failed to enabled TCB privilege."
    ike_notcbpriv = 13851,
    /// `ERROR_IPSEC_IKE_SECLOADFAIL`: "Failed to load SECURITY.DLL."
    ike_secloadfail = 13852,
    /// `ERROR_IPSEC_IKE_FAILSSPINIT`: "Failed to obtain security function table dispatch address
    /// from SSPI."
    ike_failsspinit = 13853,
    /// `ERROR_IPSEC_IKE_FAILQUERYSSP`: "Failed to query Kerberos package to obtain max token size."
    ike_failqueryssp = 13854,
    /// `ERROR_IPSEC_IKE_SRVACQFAIL`: "Failed to obtain Kerberos server credentials for
    /// ISAKMP/ERROR_IPSEC_IKE service. Kerberos authentication will not function. The most likely
    /// reason for this is lack of domain membership. This is normal if your computer is a member of
    /// a workgroup."
    ike_srvacqfail = 13855,
    /// `ERROR_IPSEC_IKE_SRVQUERYCRED`: "Failed to determine SSPI principal name for
    /// ISAKMP/ERROR_IPSEC_IKE service (QueryCredentialsAttributes)."
    ike_srvquerycred = 13856,
    /// `ERROR_IPSEC_IKE_GETSPIFAIL`: "Failed to obtain new SPI for the inbound SA from IPsec
    /// driver. The most common cause for this is that the driver does not have the correct filter.
    /// Check your policy to verify the filters."
    ike_getspifail = 13857,
    /// `ERROR_IPSEC_IKE_INVALID_FILTER`: "Given filter is invalid"
    ike_invalid_filter = 13858,
    /// `ERROR_IPSEC_IKE_OUT_OF_MEMORY`: "Memory allocation failed."
    ike_out_of_memory = 13859,
    /// `ERROR_IPSEC_IKE_ADD_UPDATE_KEY_FAILED`: "Failed to add Security Association to IPsec
    /// Driver. The most common cause for this is if the IKE negotiation took too long to complete.
    /// If the problem persists, reduce the load on the faulting machine."
    ike_add_update_key_failed = 13860,
    /// `ERROR_IPSEC_IKE_INVALID_POLICY`: "Invalid policy"
    ike_invalid_policy = 13861,
    /// `ERROR_IPSEC_IKE_UNKNOWN_DOI`: "Invalid DOI"
    ike_unknown_doi = 13862,
    /// `ERROR_IPSEC_IKE_INVALID_SITUATION`: "Invalid situation"
    ike_invalid_situation = 13863,
    /// `ERROR_IPSEC_IKE_DH_FAILURE`: "Diffie-Hellman failure"
    ike_dh_failure = 13864,
    /// `ERROR_IPSEC_IKE_INVALID_GROUP`: "Invalid Diffie-Hellman group"
    ike_invalid_group = 13865,
    /// `ERROR_IPSEC_IKE_ENCRYPT`: "Error encrypting payload"
    ike_encrypt = 13866,
    /// `ERROR_IPSEC_IKE_DECRYPT`: "Error decrypting payload"
    ike_decrypt = 13867,
    /// `ERROR_IPSEC_IKE_POLICY_MATCH`: "Policy match error"
    ike_policy_match = 13868,
    /// `ERROR_IPSEC_IKE_UNSUPPORTED_ID`: "Unsupported ID"
    ike_unsupported_id = 13869,
    /// `ERROR_IPSEC_IKE_INVALID_HASH`: "Hash verification failed"
    ike_invalid_hash = 13870,
    /// `ERROR_IPSEC_IKE_INVALID_HASH_ALG`: "Invalid hash algorithm"
    ike_invalid_hash_alg = 13871,
    /// `ERROR_IPSEC_IKE_INVALID_HASH_SIZE`: "Invalid hash size"
    ike_invalid_hash_size = 13872,
    /// `ERROR_IPSEC_IKE_INVALID_ENCRYPT_ALG`: "Invalid encryption algorithm"
    ike_invalid_encrypt_alg = 13873,
    /// `ERROR_IPSEC_IKE_INVALID_AUTH_ALG`: "Invalid authentication algorithm"
    ike_invalid_auth_alg = 13874,
    /// `ERROR_IPSEC_IKE_INVALID_SIG`: "Invalid certificate signature"
    ike_invalid_sig = 13875,
    /// `ERROR_IPSEC_IKE_LOAD_FAILED`: "Load failed"
    ike_load_failed = 13876,
    /// `ERROR_IPSEC_IKE_RPC_DELETE`: "Deleted via RPC call"
    ike_rpc_delete = 13877,
    /// `ERROR_IPSEC_IKE_BENIGN_REINIT`: "Temporary state created to perform reinitialization. This
    /// is not a real failure."
    ike_benign_reinit = 13878,
    /// `ERROR_IPSEC_IKE_INVALID_RESPONDER_LIFETIME_NOTIFY`: "The lifetime value received in the
    /// Responder Lifetime Notify is below the Windows 2000 configured minimum value. Please fix the
    /// policy on the peer machine."
    ike_invalid_responder_lifetime_notify = 13879,
    /// `ERROR_IPSEC_IKE_INVALID_MAJOR_VERSION`: "The recipient cannot handle version of IKE
    /// specified in the header."
    ike_invalid_major_version = 13880,
    /// `ERROR_IPSEC_IKE_INVALID_CERT_KEYLEN`: "Key length in certificate is too small for
    /// configured security requirements."
    ike_invalid_cert_keylen = 13881,
    /// `ERROR_IPSEC_IKE_MM_LIMIT`: "Max number of established MM SAs to peer exceeded."
    ike_mm_limit = 13882,
    /// `ERROR_IPSEC_IKE_NEGOTIATION_DISABLED`: "IKE received a policy that disables negotiation."
    ike_negotiation_disabled = 13883,
    /// `ERROR_IPSEC_IKE_QM_LIMIT`: "Reached maximum quick mode limit for the main mode. New main
    /// mode will be started."
    ike_qm_limit = 13884,
    /// `ERROR_IPSEC_IKE_MM_EXPIRED`: "Main mode SA lifetime expired or peer sent a main mode
    /// delete."
    ike_mm_expired = 13885,
    /// `ERROR_IPSEC_IKE_PEER_MM_ASSUMED_INVALID`: "Main mode SA assumed to be invalid because peer
    /// stopped responding."
    ike_peer_mm_assumed_invalid = 13886,
    /// `ERROR_IPSEC_IKE_CERT_CHAIN_POLICY_MISMATCH`: "Certificate doesn't chain to a trusted root
    /// in IPsec policy."
    ike_cert_chain_policy_mismatch = 13887,
    /// `ERROR_IPSEC_IKE_UNEXPECTED_MESSAGE_ID`: "Received unexpected message ID."
    ike_unexpected_message_id = 13888,
    /// `ERROR_IPSEC_IKE_INVALID_AUTH_PAYLOAD`: "Received invalid authentication offers."
    ike_invalid_auth_payload = 13889,
    /// `ERROR_IPSEC_IKE_DOS_COOKIE_SENT`: "Sent DoS cookie notify to initiator."
    ike_dos_cookie_sent = 13890,
    /// `ERROR_IPSEC_IKE_SHUTTING_DOWN`: "IKE service is shutting down."
    ike_shutting_down = 13891,
    /// `ERROR_IPSEC_IKE_CGA_AUTH_FAILED`: "Could not verify binding between CGA address and
    /// certificate."
    ike_cga_auth_failed = 13892,
    /// `ERROR_IPSEC_IKE_PROCESS_ERR_NATOA`: "Error processing NatOA payload."
    ike_process_err_natoa = 13893,
    /// `ERROR_IPSEC_IKE_INVALID_MM_FOR_QM`: "Parameters of the main mode are invalid for this quick
    /// mode."
    ike_invalid_mm_for_qm = 13894,
    /// `ERROR_IPSEC_IKE_QM_EXPIRED`: "Quick mode SA was expired by IPsec driver."
    ike_qm_expired = 13895,
    /// `ERROR_IPSEC_IKE_TOO_MANY_FILTERS`: "Too many dynamically added IKEEXT filters were
    /// detected."
    ike_too_many_filters = 13896,
    /// `ERROR_IPSEC_IKE_NEG_STATUS_END`: "ERROR_IPSEC_IKE_NEG_STATUS_END"
    ike_neg_status_end = 13897,
    /// `ERROR_IPSEC_IKE_KILL_DUMMY_NAP_TUNNEL`: "NAP reauth succeeded and must delete the dummy NAP
    /// IKEv2 tunnel."
    ike_kill_dummy_nap_tunnel = 13898,
    /// `ERROR_IPSEC_IKE_INNER_IP_ASSIGNMENT_FAILURE`: "Error in assigning inner IP address to
    /// initiator in tunnel mode."
    ike_inner_ip_assignment_failure = 13899,
    /// `ERROR_IPSEC_IKE_REQUIRE_CP_PAYLOAD_MISSING`: "Require configuration payload missing."
    ike_require_cp_payload_missing = 13900,
    /// `ERROR_IPSEC_KEY_MODULE_IMPERSONATION_NEGOTIATION_PENDING`: "A negotiation running as the
    /// security principle who issued the connection is in progress"
    key_module_impersonation_negotiation_pending = 13901,
    /// `ERROR_IPSEC_IKE_COEXISTENCE_SUPPRESS`: "SA was deleted due to IKEv1/AuthIP co-existence
    /// suppress check."
    ike_coexistence_suppress = 13902,
    /// `ERROR_IPSEC_IKE_RATELIMIT_DROP`: "Incoming SA request was dropped due to peer IP address
    /// rate limiting."
    ike_ratelimit_drop = 13903,
    /// `ERROR_IPSEC_IKE_PEER_DOESNT_SUPPORT_MOBIKE`: "Peer does not support MOBIKE."
    ike_peer_doesnt_support_mobike = 13904,
    /// `ERROR_IPSEC_IKE_AUTHORIZATION_FAILURE`: "SA establishment is not authorized."
    ike_authorization_failure = 13905,
    /// `ERROR_IPSEC_IKE_STRONG_CRED_AUTHORIZATION_FAILURE`: "SA establishment is not authorized
    /// because there is not a sufficiently strong PKINIT-based credential."
    ike_strong_cred_authorization_failure = 13906,
    /// `ERROR_IPSEC_IKE_AUTHORIZATION_FAILURE_WITH_OPTIONAL_RETRY`: "SA establishment is not
    /// authorized.  You may need to enter updated or different credentials such as a smartcard."
    ike_authorization_failure_with_optional_retry = 13907,
    /// `ERROR_IPSEC_IKE_STRONG_CRED_AUTHORIZATION_AND_CERTMAP_FAILURE`: "SA establishment is not
    /// authorized because there is not a sufficiently strong PKINIT-based credential. This might be
    /// related to certificate-to-account mapping failure for the SA."
    ike_strong_cred_authorization_and_certmap_failure = 13908,
    /// `ERROR_IPSEC_IKE_NEG_STATUS_EXTENDED_END`: "ERROR_IPSEC_IKE_NEG_STATUS_EXTENDED_END"
    ike_neg_status_extended_end = 13909,
    // The IPsec driver's packet path: 13910-13918.
    /// `ERROR_IPSEC_BAD_SPI`: "The SPI in the packet does not match a valid IPsec SA."
    bad_spi = 13910,
    /// `ERROR_IPSEC_SA_LIFETIME_EXPIRED`: "Packet was received on an IPsec SA whose lifetime has
    /// expired."
    sa_lifetime_expired = 13911,
    /// `ERROR_IPSEC_WRONG_SA`: "Packet was received on an IPsec SA that does not match the packet
    /// characteristics."
    wrong_sa = 13912,
    /// `ERROR_IPSEC_REPLAY_CHECK_FAILED`: "Packet sequence number replay check failed."
    replay_check_failed = 13913,
    /// `ERROR_IPSEC_INVALID_PACKET`: "IPsec header and/or trailer in the packet is invalid."
    invalid_packet = 13914,
    /// `ERROR_IPSEC_INTEGRITY_CHECK_FAILED`: "IPsec integrity check failed."
    integrity_check_failed = 13915,
    /// `ERROR_IPSEC_CLEAR_TEXT_DROP`: "IPsec dropped a clear text packet."
    clear_text_drop = 13916,
    /// `ERROR_IPSEC_AUTH_FIREWALL_DROP`: "IPsec dropped an incoming ESP packet in authenticated
    /// firewall mode. This drop is benign."
    auth_firewall_drop = 13917,
    /// `ERROR_IPSEC_THROTTLE_DROP`: "IPsec dropped a packet due to DoS throttling."
    throttle_drop = 13918,

    // IPsec DoS Protection: 13925-13932.
    /// `ERROR_IPSEC_DOSP_BLOCK`: "IPsec DoS Protection matched an explicit block rule."
    dosp_block = 13925,
    /// `ERROR_IPSEC_DOSP_RECEIVED_MULTICAST`: "IPsec DoS Protection received an IPsec specific
    /// multicast packet which is not allowed."
    dosp_received_multicast = 13926,
    /// `ERROR_IPSEC_DOSP_INVALID_PACKET`: "IPsec DoS Protection received an incorrectly formatted
    /// packet."
    dosp_invalid_packet = 13927,
    /// `ERROR_IPSEC_DOSP_STATE_LOOKUP_FAILED`: "IPsec DoS Protection failed to look up state."
    dosp_state_lookup_failed = 13928,
    /// `ERROR_IPSEC_DOSP_MAX_ENTRIES`: "IPsec DoS Protection failed to create state because the
    /// maximum number of entries allowed by policy has been reached."
    dosp_max_entries = 13929,
    /// `ERROR_IPSEC_DOSP_KEYMOD_NOT_ALLOWED`: "IPsec DoS Protection received an IPsec negotiation
    /// packet for a keying module which is not allowed by policy."
    dosp_keymod_not_allowed = 13930,
    /// `ERROR_IPSEC_DOSP_NOT_INSTALLED`: "IPsec DoS Protection has not been enabled."
    dosp_not_installed = 13931,
    /// `ERROR_IPSEC_DOSP_MAX_PER_IP_RATELIMIT_QUEUES`: "IPsec DoS Protection failed to create a per
    /// internal IP rate limit queue because the maximum number of queues allowed by policy has been
    /// reached."
    dosp_max_per_ip_ratelimit_queues = 13932,
};

}  // namespace v1
}  // namespace ipsec_error

#endif  // IPSEC_ERROR_ERRC_HPP
