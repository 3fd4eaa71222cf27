// The cluster's key material: the service-account signing key (tokens) and
// the cluster CA with the API server's serving certificate (TLS trust).
// They are different keys, as in kubeadm's sa.key and ca.key: the CA
// certificate never verifies a token.

export interface ServiceAccountSigningKey {
  privateKey: CryptoKey;
  publicKey: CryptoKey;
  /** base64url(SHA-256(DER SubjectPublicKeyInfo)), as the JWT header and the JWKS carry it */
  kid: string;
  /** the public key as a JWK (kty, n, e) */
  publicJwk: JsonWebKey;
}

export interface ClusterKeys {
  serviceAccount: ServiceAccountSigningKey;
  /** PEM of the cluster CA certificate: ConfigMap kube-root-ca.crt, token Secrets' ca.crt, pods' ca.crt */
  caCertPem: string;
  /** PEM of the API server's serving certificate, signed by the CA, with the real SANs */
  servingCertPem: string;
  /** the CA's private key (ECDSA P-256), kept so a save can restore it (and later sign more certificates) */
  caPrivateKey: CryptoKey;
}

/** What a saved playground keeps so that tokens and certificates survive a reload. */
export interface SerializedClusterKeys {
  format: 1;
  serviceAccountPrivateJwk: JsonWebKey;
  caCertPem: string;
  caPrivateJwk: JsonWebKey;
  servingCertPem: string;
}
