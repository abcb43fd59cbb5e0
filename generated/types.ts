// Generated from spec/kms.openapi.yaml by `npm run generate`; do not edit.
/* eslint-disable */
export interface paths {
    "/#X-Amz-Target=TrentService.GenerateDataKey": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Returns a unique symmetric data key for use outside of KMS.
         * @description Returns a unique symmetric data key for use outside of KMS. This operation returns a plaintext copy of the data key and a copy that is encrypted under a symmetric encryption KMS key that you specify. The bytes in the plaintext key are random; they are not related to the caller or the KMS key. You can use the plaintext key to encrypt your data outside of KMS and store the encrypted data key with the encrypted data.
         *
         *     To generate a data key, specify the symmetric encryption KMS key that will be used to encrypt the data key. You cannot use an asymmetric KMS key to encrypt data keys. To get the type of your KMS key, use the `DescribeKey` operation.
         *
         *     You must also specify the length of the data key. Use either the `KeySpec` or `NumberOfBytes` parameters (but not both). For 128-bit and 256-bit data keys, use the `KeySpec` parameter.
         *
         *     To generate a 128-bit SM4 data key (China Regions only), specify a `KeySpec` value of `AES_128` or a `NumberOfBytes` value of `16`. The symmetric encryption key used in China Regions to encrypt your data key is an SM4 encryption key.
         *
         *     To get only an encrypted copy of the data key, use `GenerateDataKeyWithoutPlaintext`. To generate an asymmetric data key pair, use the `GenerateDataKeyPair` or `GenerateDataKeyPairWithoutPlaintext` operation. To get a cryptographically secure random byte string, use `GenerateRandom`.
         *
         *     You can use an optional encryption context to add additional security to the encryption operation. If you specify an `EncryptionContext`, you must specify the same encryption context (a case-sensitive exact match) when decrypting the encrypted data key. Otherwise, the request to decrypt fails with an `InvalidCiphertextException`. For more information, see [Encryption Context](https://docs.aws.amazon.com/kms/latest/developerguide/encrypt_context.html) in the *Key Management Service Developer Guide*.
         *
         *     `GenerateDataKey` also supports [Amazon Web Services Nitro Enclaves](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/nitro-enclave.html), which provide an isolated compute environment in Amazon EC2. To call `GenerateDataKey` for an Amazon Web Services Nitro enclave or NitroTPM, use the [Amazon Web Services Nitro Enclaves SDK](https://docs.aws.amazon.com/enclaves/latest/user/developing-applications.html#sdk) or any Amazon Web Services SDK. Use the `Recipient` parameter to provide the attestation document for the attested environment. `GenerateDataKey` returns a copy of the data key encrypted under the specified KMS key, as usual. But instead of a plaintext copy of the data key, the response includes a copy of the data key encrypted under the public key from the attestation document (`CiphertextForRecipient`). For information about the interaction between KMS and Amazon Web Services Nitro Enclaves or Amazon Web Services NitroTPM, see [Cryptographic attestation support in KMS](https://docs.aws.amazon.com/kms/latest/developerguide/cryptographic-attestation.html) in the *Key Management Service Developer Guide*.
         *
         *     The KMS key that you use for this operation must be in a compatible key state. For details, see [Key states of KMS keys](https://docs.aws.amazon.com/kms/latest/developerguide/key-state.html) in the *Key Management Service Developer Guide*.
         *
         *     **How to use your data key**
         *
         *     We recommend that you use the following pattern to encrypt data locally in your application. You can write your own code or use a client-side encryption library, such as the [Amazon Web Services Encryption SDK](https://docs.aws.amazon.com/encryption-sdk/latest/developer-guide/), the [Amazon DynamoDB Encryption Client](https://docs.aws.amazon.com/dynamodb-encryption-client/latest/devguide/), or [Amazon S3 client-side encryption](https://docs.aws.amazon.com/AmazonS3/latest/dev/UsingClientSideEncryption.html) to do these tasks for you.
         *
         *     To encrypt data outside of KMS:
         *
         *     - Use the `GenerateDataKey` operation to get a data key.
         *     - Use the plaintext data key (in the `Plaintext` field of the response) to encrypt your data outside of KMS. Then erase the plaintext data key from memory.
         *     - Store the encrypted data key (in the `CiphertextBlob` field of the response) with the encrypted data.
         *
         *     To decrypt data outside of KMS:
         *
         *     - Use the `Decrypt` operation to decrypt the encrypted data key. The operation returns a plaintext copy of the data key.
         *     - Use the plaintext data key to decrypt data outside of KMS, then erase the plaintext data key from memory.
         *
         *     **Cross-account use**: Yes. To perform this operation with a KMS key in a different Amazon Web Services account, specify the key ARN or alias ARN in the value of the `KeyId` parameter.
         *
         *     **Required permissions**: [kms:GenerateDataKey](https://docs.aws.amazon.com/kms/latest/developerguide/kms-api-permissions-reference.html) (key policy)
         *
         *     **Related operations:**
         *     - `Decrypt`
         *     - `Encrypt`
         *     - `GenerateDataKeyPair`
         *     - `GenerateDataKeyPairWithoutPlaintext`
         *     - `GenerateDataKeyWithoutPlaintext`
         *
         *     **Eventual consistency**: The KMS API follows an eventual consistency model. For more information, see [KMS eventual consistency](https://docs.aws.amazon.com/kms/latest/developerguide/accessing-kms.html#programming-eventual-consistency).
         */
        post: operations["GenerateDataKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#X-Amz-Target=TrentService.GenerateDataKeyWithoutPlaintext": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Returns a unique symmetric data key for use outside of KMS.
         * @description Returns a unique symmetric data key for use outside of KMS. This operation returns a data key that is encrypted under a symmetric encryption KMS key that you specify. The bytes in the key are random; they are not related to the caller or to the KMS key.
         */
        post: operations["GenerateDataKeyWithoutPlaintext"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#X-Amz-Target=TrentService.Decrypt": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Decrypts ciphertext that was encrypted by a KMS key using any of the following operations:
         * @description Decrypts ciphertext that was encrypted by a KMS key using any of the following operations:
         */
        post: operations["Decrypt"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#X-Amz-Target=TrentService.Encrypt": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Encrypts plaintext of up to 4,096 bytes using a KMS key.
         * @description Encrypts plaintext of up to 4,096 bytes using a KMS key. You can use a symmetric or asymmetric KMS key with a `KeyUsage` of `ENCRYPT_DECRYPT`.
         */
        post: operations["Encrypt"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#X-Amz-Target=TrentService.ReEncrypt": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Decrypts ciphertext and then reencrypts it entirely within KMS.
         * @description Decrypts ciphertext and then reencrypts it entirely within KMS. You can use this operation to change the KMS key under which data is encrypted, such as when you [manually rotate](https://docs.aws.amazon.com/kms/latest/developerguide/rotate-keys-manually.html) a KMS key or change the KMS key that protects a ciphertext. You can also use it to reencrypt ciphertext under the same KMS key, such as to change the [encryption context](https://docs.aws.amazon.com/kms/latest/developerguide/encrypt_context.html) of a ciphertext.
         */
        post: operations["ReEncrypt"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#X-Amz-Target=TrentService.GenerateRandom": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Returns a random byte string that is cryptographically secure.
         * @description Returns a random byte string that is cryptographically secure.
         */
        post: operations["GenerateRandom"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#X-Amz-Target=TrentService.CreateKey": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Creates a unique customer managed [KMS key](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#kms-keys) in your Amazon Web Services account and Region.
         * @description Creates a unique customer managed [KMS key](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#kms-keys) in your Amazon Web Services account and Region. You can use a KMS key in cryptographic operations, such as encryption and signing. Some Amazon Web Services services let you use KMS keys that you create and manage to protect your service resources.
         */
        post: operations["CreateKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#X-Amz-Target=TrentService.DescribeKey": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Provides detailed information about a KMS key.
         * @description Provides detailed information about a KMS key. You can run `DescribeKey` on a [customer managed key](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#customer-mgn-key) or an [Amazon Web Services managed key](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#aws-managed-key).
         */
        post: operations["DescribeKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#X-Amz-Target=TrentService.ListKeys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Gets a list of all KMS keys in the caller's Amazon Web Services account and Region.
         * @description Gets a list of all KMS keys in the caller's Amazon Web Services account and Region.
         */
        post: operations["ListKeys"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#X-Amz-Target=TrentService.EnableKey": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sets the key state of a KMS key to enabled.
         * @description Sets the key state of a KMS key to enabled. This allows you to use the KMS key for [cryptographic operations](https://docs.aws.amazon.com/kms/latest/developerguide/kms-cryptography.html#cryptographic-operations).
         */
        post: operations["EnableKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#X-Amz-Target=TrentService.DisableKey": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sets the state of a KMS key to disabled.
         * @description Sets the state of a KMS key to disabled. This change temporarily prevents use of the KMS key for [cryptographic operations](https://docs.aws.amazon.com/kms/latest/developerguide/kms-cryptography.html#cryptographic-operations).
         */
        post: operations["DisableKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#X-Amz-Target=TrentService.ScheduleKeyDeletion": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Schedules the deletion of a KMS key.
         * @description Schedules the deletion of a KMS key. By default, KMS applies a waiting period of 30 days, but you can specify a waiting period of 7-30 days. When this operation is successful, the key state of the KMS key changes to `PendingDeletion` and the key can't be used in any cryptographic operations. It remains in this state for the duration of the waiting period. Before the waiting period ends, you can use `CancelKeyDeletion` to cancel the deletion of the KMS key. After the waiting period ends, KMS deletes the KMS key, its key material, and all KMS data associated with it, including all aliases that refer to it.
         */
        post: operations["ScheduleKeyDeletion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#X-Amz-Target=TrentService.CancelKeyDeletion": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancels the deletion of a KMS key.
         * @description Cancels the deletion of a KMS key. When this operation succeeds, the key state of the KMS key is `Disabled`. To enable the KMS key, use `EnableKey`.
         */
        post: operations["CancelKeyDeletion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#X-Amz-Target=TrentService.EnableKeyRotation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Enables automatic rotation of the key material of a symmetric encryption KMS key.
         * @description Enables automatic rotation of the key material of a customer managed symmetric encryption KMS key, every `RotationPeriodInDays` days (90..2560, 365 by default) from now. Asymmetric, HMAC and imported-material keys cannot rotate automatically.
         */
        post: operations["EnableKeyRotation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#X-Amz-Target=TrentService.DisableKeyRotation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Disables automatic rotation of the key material of a symmetric encryption KMS key.
         * @description Disables automatic rotation of the key material of a customer managed symmetric encryption KMS key. Key material from earlier rotations stays and keeps decrypting what it encrypted.
         */
        post: operations["DisableKeyRotation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#X-Amz-Target=TrentService.GetKeyRotationStatus": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Gets the rotation status of a KMS key.
         * @description Whether automatic rotation of the key material is enabled for a symmetric encryption KMS key, its rotation period and the next scheduled rotation date. A key pending deletion reports `false`.
         */
        post: operations["GetKeyRotationStatus"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#X-Amz-Target=TrentService.RotateKeyOnDemand": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Immediately rotates the key material of a symmetric encryption KMS key.
         * @description Immediately rotates the key material of a customer managed symmetric encryption KMS key, at most 25 times per key; automatic rotation schedules do not change. A key with imported key material rotates to the material imported for rotation (state `PENDING_ROTATION`). Ciphertexts made before keep decrypting.
         */
        post: operations["RotateKeyOnDemand"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#X-Amz-Target=TrentService.ListKeyRotations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Lists the key materials of a KMS key.
         * @description Lists the completed rotations of a symmetric encryption KMS key, oldest first, 100 a page by default (`Limit` 1..1000). With `IncludeKeyMaterial: ALL_KEY_MATERIAL` the list also has the first key material and any imported key material pending rotation.
         */
        post: operations["ListKeyRotations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#X-Amz-Target=TrentService.CreateAlias": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Creates a friendly name for a KMS key.
         * @description Creates a friendly name for a KMS key.
         */
        post: operations["CreateAlias"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#X-Amz-Target=TrentService.DeleteAlias": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Deletes the specified alias.
         * @description Deletes the specified alias.
         */
        post: operations["DeleteAlias"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#X-Amz-Target=TrentService.ListAliases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Gets a list of aliases in the caller's Amazon Web Services account and region.
         * @description Gets a list of aliases in the caller's Amazon Web Services account and region. For more information about aliases, see `CreateAlias`.
         */
        post: operations["ListAliases"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#X-Amz-Target=TrentService.GetPublicKey": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Returns the public key of an asymmetric KMS key.
         * @description Returns the public key of an asymmetric KMS key. Unlike the private key of a asymmetric KMS key, which never leaves KMS unencrypted, callers with `kms:GetPublicKey` permission can download the public key of an asymmetric KMS key. You can share the public key to allow others to encrypt messages and verify signatures outside of KMS. For information about asymmetric KMS keys, see [Asymmetric KMS keys](https://docs.aws.amazon.com/kms/latest/developerguide/symmetric-asymmetric.html) in the *Key Management Service Developer Guide*.
         */
        post: operations["GetPublicKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#X-Amz-Target=TrentService.Sign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Creates a [digital signature](https://en.wikipedia.org/wiki/Digital_signature) for a message or message digest by using the private key in an asymmetric signing KMS key.
         * @description Creates a [digital signature](https://en.wikipedia.org/wiki/Digital_signature) for a message or message digest by using the private key in an asymmetric signing KMS key. To verify the signature, use the Verify operation, or use the public key in the same asymmetric KMS key outside of KMS. For information about asymmetric KMS keys, see [Asymmetric KMS keys](https://docs.aws.amazon.com/kms/latest/developerguide/symmetric-asymmetric.html) in the *Key Management Service Developer Guide*.
         */
        post: operations["Sign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#X-Amz-Target=TrentService.Verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Verifies a digital signature that was generated by the Sign operation.
         * @description Verifies a digital signature that was generated by the Sign operation.
         */
        post: operations["Verify"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#X-Amz-Target=TrentService.GenerateMac": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Generates a hash-based message authentication code (HMAC) for a message using an HMAC KMS key and a MAC algorithm that the key supports.
         * @description Generates a hash-based message authentication code (HMAC) for a message using an HMAC KMS key and a MAC algorithm that the key supports. HMAC KMS keys and the HMAC algorithms that KMS uses conform to industry standards defined in [RFC 2104](https://datatracker.ietf.org/doc/html/rfc2104).
         */
        post: operations["GenerateMac"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#X-Amz-Target=TrentService.VerifyMac": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Verifies the hash-based message authentication code (HMAC) for a specified message, HMAC KMS key, and MAC algorithm.
         * @description Verifies the hash-based message authentication code (HMAC) for a specified message, HMAC KMS key, and MAC algorithm. To verify the HMAC, `VerifyMac` computes an HMAC using the message, HMAC KMS key, and MAC algorithm that you specify, and compares the computed HMAC to the HMAC that you specify. If the HMACs are identical, the verification succeeds; otherwise, it fails. Verification indicates that the message hasn't changed since the HMAC was calculated, and the specified key was used to generate and verify the HMAC.
         */
        post: operations["VerifyMac"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#X-Amz-Target=TrentService.GenerateDataKeyPair": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Returns a unique asymmetric data key pair for use outside of KMS.
         * @description Returns a unique asymmetric data key pair for use outside of KMS. This operation returns a plaintext public key, a plaintext private key, and a copy of the private key that is encrypted under the symmetric encryption KMS key you specify. You can use the data key pair to perform asymmetric cryptography and implement digital signatures outside of KMS. The bytes in the keys are random; they are not related to the caller or to the KMS key that is used to encrypt the private key.
         */
        post: operations["GenerateDataKeyPair"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#X-Amz-Target=TrentService.GenerateDataKeyPairWithoutPlaintext": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Returns a unique asymmetric data key pair for use outside of KMS.
         * @description Returns a unique asymmetric data key pair for use outside of KMS. This operation returns a plaintext public key and a copy of the private key that is encrypted under the symmetric encryption KMS key you specify. Unlike GenerateDataKeyPair, this operation does not return a plaintext private key. The bytes in the keys are random; they are not related to the caller or to the KMS key that is used to encrypt the private key.
         */
        post: operations["GenerateDataKeyPairWithoutPlaintext"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#X-Amz-Target=TrentService.DeriveSharedSecret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Derives a shared secret using a key agreement algorithm.
         * @description Derives a shared secret using a key agreement algorithm.
         */
        post: operations["DeriveSharedSecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#X-Amz-Target=TrentService.TagResource": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Adds or edits tags on a customer managed key.
         * @description Adds or edits tags on a customer managed key. A tag whose key the KMS key already has replaces that tag's value; the other tags are added. At most 50 tags per key; tag keys beginning with `aws:` (in any letter case) are reserved; a tag key may appear only once per request.
         */
        post: operations["TagResource"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#X-Amz-Target=TrentService.UntagResource": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Deletes tags from a customer managed key.
         * @description Deletes tags from a customer managed key. To delete a tag, specify the tag key and the KMS key. Tag keys the KMS key does not have are ignored.
         */
        post: operations["UntagResource"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#X-Amz-Target=TrentService.ListResourceTags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Returns all tags on the specified KMS key.
         * @description Returns all tags on the specified KMS key, 50 a page by default (`Limit` 1..50).
         */
        post: operations["ListResourceTags"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#X-Amz-Target=TrentService.UpdateAlias": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Associates an existing KMS alias with a different KMS key.
         * @description Associates an existing KMS alias with a different KMS key. The new key must be a customer managed key of the same type (key usage) as the current one, and not pending deletion.
         */
        post: operations["UpdateAlias"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#X-Amz-Target=TrentService.UpdateKeyDescription": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Updates the description of a KMS key.
         * @description Updates the description of a KMS key. To see the description of a KMS key, use `DescribeKey`.
         */
        post: operations["UpdateKeyDescription"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#X-Amz-Target=TrentService.GetKeyPolicy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Gets a key policy attached to the specified KMS key.
         * @description Gets a key policy attached to the specified KMS key. The only policy name is `default`. A key created without a policy has the default key policy, which gives the account root principal `kms:*` (https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-default.html).
         */
        post: operations["GetKeyPolicy"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#X-Amz-Target=TrentService.PutKeyPolicy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Attaches a key policy to the specified KMS key.
         * @description Attaches a key policy to the specified KMS key. The only policy name is `default`. The policy must be a JSON policy document.
         */
        post: operations["PutKeyPolicy"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#X-Amz-Target=TrentService.ListKeyPolicies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Gets the names of the key policies that are attached to a KMS key.
         * @description Gets the names of the key policies that are attached to a KMS key. The only policy name is `default`.
         */
        post: operations["ListKeyPolicies"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#X-Amz-Target=TrentService.CreateCustomKeyStore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Creates a custom key store backed by a key store that you own and manage.
         * @description Creates a custom key store backed by a CloudHSM cluster (`AWS_CLOUDHSM`, the default type) or by an external key store proxy (`EXTERNAL_KEY_STORE`). KMS checks the backing store while it creates the key store: it must find the CloudHSM cluster, or reach the proxy (public endpoint) or its VPC endpoint service.
         */
        post: operations["CreateCustomKeyStore"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#X-Amz-Target=TrentService.ConnectCustomKeyStore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Connects or reconnects a custom key store to its backing key store.
         * @description Starts connecting a custom key store to its CloudHSM cluster or external key store proxy and returns at once with an empty object; DescribeCustomKeyStores shows the ConnectionState.
         */
        post: operations["ConnectCustomKeyStore"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#X-Amz-Target=TrentService.DisconnectCustomKeyStore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Disconnects the custom key store from its backing key store.
         * @description Disconnects a custom key store from its CloudHSM cluster or external key store proxy. Its KMS keys cannot be used until it is connected again.
         */
        post: operations["DisconnectCustomKeyStore"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#X-Amz-Target=TrentService.UpdateCustomKeyStore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Changes the properties of a custom key store.
         * @description Changes the properties of a custom key store: its name, the kmsuser password or cluster of a CloudHSM key store, or the proxy settings of an external key store.
         */
        post: operations["UpdateCustomKeyStore"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#X-Amz-Target=TrentService.DeleteCustomKeyStore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Deletes a custom key store .
         * @description Deletes a custom key store that is disconnected and holds no KMS keys. It does not touch the CloudHSM cluster or the external key manager behind it.
         */
        post: operations["DeleteCustomKeyStore"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#X-Amz-Target=TrentService.DescribeCustomKeyStores": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Gets information about custom key stores in the account and Region.
         * @description Gets the custom key stores in the account and Region, or the one named by `CustomKeyStoreId` or `CustomKeyStoreName` (not both); a name or id that matches none is CustomKeyStoreNotFoundException.
         */
        post: operations["DescribeCustomKeyStores"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#X-Amz-Target=TrentService.GetKeyLastUsage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Returns usage information about the last successful cryptographic operation performed with a specified KMS key, including the operation type, timestamp, and associated CloudTrail event ID.
         * @description Returns the last successful cryptographic operation a KMS key was used for (operation and time), the date tracking began for the key, and its creation date. `KeyLastUsage` is empty when the key has not been used since tracking began. Alias names are not accepted.
         */
        post: operations["GetKeyLastUsage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#X-Amz-Target=TrentService.ReplicateKey": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Replicates a multi-Region key into the specified Region.
         * @description Replicates a multi-Region key into the specified Region. The replica has the key ID and key material of its primary key (so each decrypts what the other encrypts), in a different Region of the same partition; its description, tags, key policy and aliases are its own.
         */
        post: operations["ReplicateKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#X-Amz-Target=TrentService.UpdatePrimaryRegion": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Changes the primary key of a multi-Region key.
         * @description Changes the primary key of a multi-Region key: the replica key in `PrimaryRegion` becomes the primary key, and the former primary key (the one named by `KeyId`, in the Region of the request) a replica.
         */
        post: operations["UpdatePrimaryRegion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#X-Amz-Target=TrentService.GetParametersForImport": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Returns the public key and an import token you need to import or reimport key material for a KMS key.
         * @description Returns an RSA public key (the wrapping key, `RSA_2048`, `RSA_3072` or `RSA_4096`) and an import token for importing key material into a KMS key whose Origin is `EXTERNAL`. The public key and the token belong together and are valid for 24 hours (`ParametersValidTo`).
         */
        post: operations["GetParametersForImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#X-Amz-Target=TrentService.ImportKeyMaterial": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Imports or reimports key material into an existing KMS key that was created without key material.
         * @description Imports key material, wrapped with the public key of a GetParametersForImport response, into a KMS key whose Origin is `EXTERNAL`, with that response's import token. The key becomes Enabled. `ExpirationModel` defaults to `KEY_MATERIAL_EXPIRES`, which needs `ValidTo`.
         */
        post: operations["ImportKeyMaterial"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#X-Amz-Target=TrentService.DeleteImportedKeyMaterial": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Deletes key material that was previously imported.
         * @description Deletes imported key material: the KMS key becomes PendingImport (a key pending deletion stays so) until the same material is imported again.
         */
        post: operations["DeleteImportedKeyMaterial"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#X-Amz-Target=TrentService.CreateGrant": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Adds a grant to a KMS key.
         * @description Adds a grant to a KMS key and returns its `GrantId` and a `GrantToken`. Exactly one of `GranteePrincipal` and `GranteeServicePrincipal`; at most one of `RetiringPrincipal` and `RetiringServicePrincipal`; at most one of the `EncryptionContextEquals` and `EncryptionContextSubset` constraints; the operations must be ones the key supports. With a `Name`, a retry with the same parameters returns the same `GrantId` (each call returns a new token; all tokens of a grant work alike). The key must not be pending deletion or pending import (https://docs.aws.amazon.com/kms/latest/APIReference/API_CreateGrant.html).
         */
        post: operations["CreateGrant"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#X-Amz-Target=TrentService.ListGrants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Gets a list of all grants for the specified KMS key.
         * @description Gets the grants of a KMS key, 50 a page by default (`Limit` 1..100 as documented; the model allows 1000), optionally only the one with `GrantId` or those of one `GranteePrincipal` (https://docs.aws.amazon.com/kms/latest/APIReference/API_ListGrants.html).
         */
        post: operations["ListGrants"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#X-Amz-Target=TrentService.ListRetirableGrants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Returns the grants that have the specified retiring principal.
         * @description Returns the grants, of every KMS key in the account and Region, whose retiring principal is `RetiringPrincipal`, 50 a page by default (https://docs.aws.amazon.com/kms/latest/APIReference/API_ListRetirableGrants.html).
         */
        post: operations["ListRetirableGrants"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#X-Amz-Target=TrentService.RetireGrant": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Deletes a grant, named by its grant token or by key and grant id.
         * @description Deletes a grant. Name it by `GrantToken`, or by `KeyId` (key id or key ARN) and `GrantId` together (https://docs.aws.amazon.com/kms/latest/APIReference/API_RetireGrant.html).
         */
        post: operations["RetireGrant"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#X-Amz-Target=TrentService.RevokeGrant": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Deletes the specified grant.
         * @description Deletes the grant `GrantId` of the KMS key `KeyId` (key id or key ARN) (https://docs.aws.amazon.com/kms/latest/APIReference/API_RevokeGrant.html).
         */
        post: operations["RevokeGrant"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        GenerateDataKeyRequest: {
            /**
             * @description Specifies the symmetric encryption KMS key that encrypts the data key. You cannot specify an asymmetric KMS key or a KMS key in a custom key store. To get the type and origin of your KMS key, use the `DescribeKey` operation.
             *
             *     To specify a KMS key, use its key ID, key ARN, alias name, or alias ARN. When using an alias name, prefix it with `"alias/"`. To specify a KMS key in a different Amazon Web Services account, you must use the key ARN or alias ARN.
             *
             *     For example:
             *
             *     - Key ID: `1234abcd-12ab-34cd-56ef-1234567890ab`
             *     - Key ARN: `arn:aws:kms:us-east-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab`
             *     - Alias name: `alias/ExampleAlias`
             *     - Alias ARN: `arn:aws:kms:us-east-2:111122223333:alias/ExampleAlias`
             *
             *     To get the key ID and key ARN for a KMS key, use `ListKeys` or `DescribeKey`. To get the alias name and alias ARN, use `ListAliases`.
             */
            KeyId: components["schemas"]["KeyIdType"];
            /**
             * @description Specifies the encryption context that will be used when encrypting the data key.
             *
             *     Do not include confidential or sensitive information in this field. This field may be displayed in plaintext in CloudTrail logs and other output.
             *
             *     An *encryption context* is a collection of non-secret key-value pairs that represent additional authenticated data. When you use an encryption context to encrypt data, you must specify the same (an exact case-sensitive match) encryption context to decrypt the data. An encryption context is supported only on operations with symmetric encryption KMS keys. On operations with symmetric encryption KMS keys, an encryption context is optional, but it is strongly recommended.
             *
             *     For more information, see [Encryption context](https://docs.aws.amazon.com/kms/latest/developerguide/encrypt_context.html) in the *Key Management Service Developer Guide*.
             */
            EncryptionContext?: components["schemas"]["EncryptionContextType"];
            /**
             * @description Specifies the length of the data key in bytes. For example, use the value 64 to generate a 512-bit data key (64 bytes is 512 bits). For 128-bit (16-byte) and 256-bit (32-byte) data keys, use the `KeySpec` parameter.
             *
             *     You must specify either the `KeySpec` or the `NumberOfBytes` parameter (but not both) in every `GenerateDataKey` request.
             */
            NumberOfBytes?: components["schemas"]["NumberOfBytesType"];
            /**
             * @description Specifies the length of the data key. Use `AES_128` to generate a 128-bit symmetric key, or `AES_256` to generate a 256-bit symmetric key.
             *
             *     You must specify either the `KeySpec` or the `NumberOfBytes` parameter (but not both) in every `GenerateDataKey` request.
             */
            KeySpec?: components["schemas"]["DataKeySpec"];
            /**
             * @description A list of grant tokens.
             *
             *     Use a grant token when your permission to call this operation comes from a new grant that has not yet achieved *eventual consistency*. For more information, see [Grant token](https://docs.aws.amazon.com/kms/latest/developerguide/grants.html#grant_token) and [Using a grant token](https://docs.aws.amazon.com/kms/latest/developerguide/using-grant-token.html) in the *Key Management Service Developer Guide*.
             */
            GrantTokens?: components["schemas"]["GrantTokenList"];
            /**
             * @description A signed [attestation document](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/nitro-enclave-how.html#term-attestdoc) from an Amazon Web Services Nitro enclave or NitroTPM, and the encryption algorithm to use with the public key in the attestation document. The only valid encryption algorithm is `RSAES_OAEP_SHA_256`.
             *
             *     This parameter supports the [Amazon Web Services Nitro Enclaves SDK](https://docs.aws.amazon.com/enclaves/latest/user/developing-applications.html#sdk) or any Amazon Web Services SDK for Amazon Web Services Nitro Enclaves. It supports any Amazon Web Services SDK for Amazon Web Services NitroTPM.
             *
             *     When you use this parameter, instead of returning the plaintext data key, KMS encrypts the plaintext data key under the public key in the attestation document, and returns the resulting ciphertext in the `CiphertextForRecipient` field in the response. This ciphertext can be decrypted only with the private key in the enclave. The `CiphertextBlob` field in the response contains a copy of the data key encrypted under the KMS key specified by the `KeyId` parameter. The `Plaintext` field in the response is null or empty.
             *
             *     For information about the interaction between KMS and Amazon Web Services Nitro Enclaves or Amazon Web Services NitroTPM, see [Cryptographic attestation support in KMS](https://docs.aws.amazon.com/kms/latest/developerguide/cryptographic-attestation.html) in the *Key Management Service Developer Guide*.
             */
            Recipient?: components["schemas"]["RecipientInfo"];
            /**
             * @description Checks if your request will succeed. `DryRun` is an optional parameter.
             *
             *     To learn more about how to use this parameter, see [Testing your permissions](https://docs.aws.amazon.com/kms/latest/developerguide/testing-permissions.html) in the *Key Management Service Developer Guide*.
             */
            DryRun?: components["schemas"]["NullableBooleanType"];
        };
        KeyIdType: string;
        EncryptionContextType: {
            [key: string]: components["schemas"]["EncryptionContextValue"];
        };
        EncryptionContextKey: string;
        EncryptionContextValue: string;
        NumberOfBytesType: number;
        /** @enum {string} */
        DataKeySpec: "AES_256" | "AES_128";
        GrantTokenList: components["schemas"]["GrantTokenType"][];
        GrantTokenType: string;
        /** @description Contains information about the party that receives the response from the API operation. */
        RecipientInfo: {
            /** @description The encryption algorithm that KMS should use with the public key for an Amazon Web Services Nitro Enclave or NitroTPM to encrypt plaintext values for the response. The only valid value is `RSAES_OAEP_SHA_256`. */
            KeyEncryptionAlgorithm?: components["schemas"]["KeyEncryptionMechanism"];
            /** @description The attestation document for an Amazon Web Services Nitro Enclave or a NitroTPM. This document includes the enclave's public key. */
            AttestationDocument?: components["schemas"]["AttestationDocumentType"];
        };
        /** @enum {string} */
        KeyEncryptionMechanism: "RSAES_OAEP_SHA_256";
        AttestationDocumentType: string;
        NullableBooleanType: boolean;
        GenerateDataKeyResponse: {
            /** @description The encrypted copy of the data key. When you use the HTTP API or the Amazon Web Services CLI, the value is Base64-encoded. Otherwise, it is not Base64-encoded. */
            CiphertextBlob?: components["schemas"]["CiphertextType"];
            /**
             * @description The plaintext data key. When you use the HTTP API or the Amazon Web Services CLI, the value is Base64-encoded. Otherwise, it is not Base64-encoded. Use this data key to encrypt your data outside of KMS. Then, remove it from memory as soon as possible.
             *
             *     If the response includes the `CiphertextForRecipient` field, the `Plaintext` field is null or empty.
             */
            Plaintext?: components["schemas"]["PlaintextType"];
            /** @description The Amazon Resource Name ([key ARN](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#key-id-key-ARN)) of the KMS key that encrypted the data key. */
            KeyId?: components["schemas"]["KeyIdType"];
            /**
             * @description The plaintext data key encrypted with the public key from the attestation document. This ciphertext can be decrypted only by using a private key from the attested environment.
             *
             *     This field is included in the response only when the `Recipient` parameter in the request includes a valid attestation document from an Amazon Web Services Nitro enclave or NitroTPM. For information about the interaction between KMS and Amazon Web Services Nitro Enclaves or Amazon Web Services NitroTPM, see [Cryptographic attestation support in KMS](https://docs.aws.amazon.com/kms/latest/developerguide/cryptographic-attestation.html) in the *Key Management Service Developer Guide*.
             */
            CiphertextForRecipient?: components["schemas"]["CiphertextType"];
            /** @description The identifier of the key material used to encrypt the data key. This field is omitted if the request includes the `Recipient` parameter. */
            KeyMaterialId?: components["schemas"]["BackingKeyIdType"];
        };
        CiphertextType: string;
        PlaintextType: string;
        BackingKeyIdType: string;
        GenerateDataKeyWithoutPlaintextRequest: {
            /** @description Specifies the symmetric encryption KMS key that encrypts the data key. You cannot specify an asymmetric KMS key or a KMS key in a custom key store. To get the type and origin of your KMS key, use the `DescribeKey` operation. */
            KeyId: components["schemas"]["KeyIdType"];
            /** @description Specifies the encryption context that will be used when encrypting the data key. */
            EncryptionContext?: components["schemas"]["EncryptionContextType"];
            /** @description The length of the data key. Use `AES_128` to generate a 128-bit symmetric key, or `AES_256` to generate a 256-bit symmetric key. */
            KeySpec?: components["schemas"]["DataKeySpec"];
            /** @description The length of the data key in bytes. For example, use the value 64 to generate a 512-bit data key (64 bytes is 512 bits). For common key lengths (128-bit and 256-bit symmetric keys), we recommend that you use the `KeySpec` field instead of this one. */
            NumberOfBytes?: components["schemas"]["NumberOfBytesType"];
            /** @description A list of grant tokens. */
            GrantTokens?: components["schemas"]["GrantTokenList"];
            /** @description Checks if your request will succeed. `DryRun` is an optional parameter. */
            DryRun?: components["schemas"]["NullableBooleanType"];
        };
        GenerateDataKeyWithoutPlaintextResponse: {
            /** @description The encrypted data key. When you use the HTTP API or the Amazon Web Services CLI, the value is Base64-encoded. Otherwise, it is not Base64-encoded. */
            CiphertextBlob?: components["schemas"]["CiphertextType"];
            /** @description The Amazon Resource Name ([key ARN](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#key-id-key-ARN)) of the KMS key that encrypted the data key. */
            KeyId?: components["schemas"]["KeyIdType"];
            /** @description The identifier of the key material used to encrypt the data key. */
            KeyMaterialId?: components["schemas"]["BackingKeyIdType"];
        };
        DecryptRequest: {
            /** @description Ciphertext to be decrypted. The blob includes metadata. */
            CiphertextBlob?: components["schemas"]["CiphertextType"];
            /** @description Specifies the encryption context to use when decrypting the data. An encryption context is valid only for [cryptographic operations](https://docs.aws.amazon.com/kms/latest/developerguide/kms-cryptography.html#cryptographic-operations) with a symmetric encryption KMS key. The standard asymmetric encryption algorithms and HMAC algorithms that KMS uses do not support an encryption context. */
            EncryptionContext?: components["schemas"]["EncryptionContextType"];
            /** @description A list of grant tokens. */
            GrantTokens?: components["schemas"]["GrantTokenList"];
            /** @description Specifies the KMS key that KMS uses to decrypt the ciphertext. */
            KeyId?: components["schemas"]["KeyIdType"];
            /** @description Specifies the encryption algorithm that will be used to decrypt the ciphertext. Specify the same algorithm that was used to encrypt the data. If you specify a different algorithm, the `Decrypt` operation fails. */
            EncryptionAlgorithm?: components["schemas"]["EncryptionAlgorithmSpec"];
            /** @description A signed [attestation document](https://docs.aws.amazon.com/enclaves/latest/user/nitro-enclave-concepts.html#term-attestdoc) from an Amazon Web Services Nitro enclave or NitroTPM, and the encryption algorithm to use with the public key in the attestation document. The only valid encryption algorithm is `RSAES_OAEP_SHA_256`. */
            Recipient?: components["schemas"]["RecipientInfo"];
            /** @description Checks if your request will succeed. `DryRun` is an optional parameter. */
            DryRun?: components["schemas"]["NullableBooleanType"];
            /** @description Specifies the modifiers to apply to the dry run operation. `DryRunModifiers` is an optional parameter that only applies when `DryRun` is set to `true`. */
            DryRunModifiers?: components["schemas"]["DryRunModifierList"];
        };
        /** @enum {string} */
        EncryptionAlgorithmSpec: "SYMMETRIC_DEFAULT" | "RSAES_OAEP_SHA_1" | "RSAES_OAEP_SHA_256" | "SM2PKE";
        DryRunModifierList: components["schemas"]["DryRunModifierType"][];
        /** @enum {string} */
        DryRunModifierType: "IGNORE_CIPHERTEXT";
        DecryptResponse: {
            /** @description The Amazon Resource Name ([key ARN](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#key-id-key-ARN)) of the KMS key that was used to decrypt the ciphertext. */
            KeyId?: components["schemas"]["KeyIdType"];
            /** @description Decrypted plaintext data. When you use the HTTP API or the Amazon Web Services CLI, the value is Base64-encoded. Otherwise, it is not Base64-encoded. */
            Plaintext?: components["schemas"]["PlaintextType"];
            /** @description The encryption algorithm that was used to decrypt the ciphertext. */
            EncryptionAlgorithm?: components["schemas"]["EncryptionAlgorithmSpec"];
            /** @description The plaintext data encrypted with the public key from the attestation document. This ciphertext can be decrypted only by using a private key from the attested environment. */
            CiphertextForRecipient?: components["schemas"]["CiphertextType"];
            /** @description The identifier of the key material used to decrypt the ciphertext. This field is present only when the operation uses a symmetric encryption KMS key. This field is omitted if the request includes the `Recipient` parameter. */
            KeyMaterialId?: components["schemas"]["BackingKeyIdType"];
        };
        EncryptRequest: {
            /** @description Identifies the KMS key to use in the encryption operation. The KMS key must have a `KeyUsage` of `ENCRYPT_DECRYPT`. To find the `KeyUsage` of a KMS key, use the `DescribeKey` operation. */
            KeyId: components["schemas"]["KeyIdType"];
            /** @description Data to be encrypted. */
            Plaintext: components["schemas"]["PlaintextType"];
            /** @description Specifies the encryption context that will be used to encrypt the data. An encryption context is valid only for [cryptographic operations](https://docs.aws.amazon.com/kms/latest/developerguide/kms-cryptography.html#cryptographic-operations) with a symmetric encryption KMS key. The standard asymmetric encryption algorithms and HMAC algorithms that KMS uses do not support an encryption context. */
            EncryptionContext?: components["schemas"]["EncryptionContextType"];
            /** @description A list of grant tokens. */
            GrantTokens?: components["schemas"]["GrantTokenList"];
            /** @description Specifies the encryption algorithm that KMS will use to encrypt the plaintext message. The algorithm must be compatible with the KMS key that you specify. */
            EncryptionAlgorithm?: components["schemas"]["EncryptionAlgorithmSpec"];
            /** @description Checks if your request will succeed. `DryRun` is an optional parameter. */
            DryRun?: components["schemas"]["NullableBooleanType"];
        };
        EncryptResponse: {
            /** @description The encrypted plaintext. When you use the HTTP API or the Amazon Web Services CLI, the value is Base64-encoded. Otherwise, it is not Base64-encoded. */
            CiphertextBlob?: components["schemas"]["CiphertextType"];
            /** @description The Amazon Resource Name ([key ARN](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#key-id-key-ARN)) of the KMS key that was used to encrypt the plaintext. */
            KeyId?: components["schemas"]["KeyIdType"];
            /** @description The encryption algorithm that was used to encrypt the plaintext. */
            EncryptionAlgorithm?: components["schemas"]["EncryptionAlgorithmSpec"];
        };
        ReEncryptRequest: {
            /** @description Ciphertext of the data to reencrypt. */
            CiphertextBlob?: components["schemas"]["CiphertextType"];
            /** @description Specifies the encryption context to use to decrypt the ciphertext. Enter the same encryption context that was used to encrypt the ciphertext. */
            SourceEncryptionContext?: components["schemas"]["EncryptionContextType"];
            /** @description Specifies the KMS key that KMS will use to decrypt the ciphertext before it is re-encrypted. */
            SourceKeyId?: components["schemas"]["KeyIdType"];
            /** @description A unique identifier for the KMS key that is used to reencrypt the data. Specify a symmetric encryption KMS key or an asymmetric KMS key with a `KeyUsage` value of `ENCRYPT_DECRYPT`. To find the `KeyUsage` value of a KMS key, use the `DescribeKey` operation. */
            DestinationKeyId: components["schemas"]["KeyIdType"];
            /** @description Specifies that encryption context to use when the reencrypting the data. */
            DestinationEncryptionContext?: components["schemas"]["EncryptionContextType"];
            /** @description Specifies the encryption algorithm that KMS will use to decrypt the ciphertext before it is reencrypted. The default value, `SYMMETRIC_DEFAULT`, represents the algorithm used for symmetric encryption KMS keys. */
            SourceEncryptionAlgorithm?: components["schemas"]["EncryptionAlgorithmSpec"];
            /** @description Specifies the encryption algorithm that KMS will use to reecrypt the data after it has decrypted it. The default value, `SYMMETRIC_DEFAULT`, represents the encryption algorithm used for symmetric encryption KMS keys. */
            DestinationEncryptionAlgorithm?: components["schemas"]["EncryptionAlgorithmSpec"];
            /** @description A list of grant tokens. */
            GrantTokens?: components["schemas"]["GrantTokenList"];
            /** @description Checks if your request will succeed. `DryRun` is an optional parameter. */
            DryRun?: components["schemas"]["NullableBooleanType"];
            /** @description Specifies the modifiers to apply to the dry run operation. `DryRunModifiers` is an optional parameter that only applies when `DryRun` is set to `true`. */
            DryRunModifiers?: components["schemas"]["DryRunModifierList"];
        };
        ReEncryptResponse: {
            /** @description The reencrypted data. When you use the HTTP API or the Amazon Web Services CLI, the value is Base64-encoded. Otherwise, it is not Base64-encoded. */
            CiphertextBlob?: components["schemas"]["CiphertextType"];
            /** @description Unique identifier of the KMS key used to originally encrypt the data. */
            SourceKeyId?: components["schemas"]["KeyIdType"];
            /** @description The Amazon Resource Name ([key ARN](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#key-id-key-ARN)) of the KMS key that was used to reencrypt the data. */
            KeyId?: components["schemas"]["KeyIdType"];
            /** @description The encryption algorithm that was used to decrypt the ciphertext before it was reencrypted. */
            SourceEncryptionAlgorithm?: components["schemas"]["EncryptionAlgorithmSpec"];
            /** @description The encryption algorithm that was used to reencrypt the data. */
            DestinationEncryptionAlgorithm?: components["schemas"]["EncryptionAlgorithmSpec"];
            /** @description The identifier of the key material used to originally encrypt the data. This field is present only when the original encryption used a symmetric encryption KMS key. */
            SourceKeyMaterialId?: components["schemas"]["BackingKeyIdType"];
            /** @description The identifier of the key material used to reencrypt the data. This field is present only when data is reencrypted using a symmetric encryption KMS key. */
            DestinationKeyMaterialId?: components["schemas"]["BackingKeyIdType"];
        };
        /** @description KMS refuses a request without `NumberOfBytes` (`NumberOfBytes is required.`), although the AWS model marks it optional, so the contract requires it. */
        GenerateRandomRequest: {
            /** @description The length of the random byte string. This parameter is required. */
            NumberOfBytes: components["schemas"]["NumberOfBytesType"];
            /** @description Generates the random byte string in the CloudHSM cluster that is associated with the specified CloudHSM key store. To find the ID of a custom key store, use the `DescribeCustomKeyStores` operation. */
            CustomKeyStoreId?: components["schemas"]["CustomKeyStoreIdType"];
            /** @description A signed [attestation document](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/nitro-enclave-how.html#term-attestdoc) from an Amazon Web Services Nitro enclave or NitroTPM, and the encryption algorithm to use with the public key in the attestation document. The only valid encryption algorithm is `RSAES_OAEP_SHA_256`. */
            Recipient?: components["schemas"]["RecipientInfo"];
        };
        CustomKeyStoreIdType: string;
        GenerateRandomResponse: {
            /** @description The random byte string. When you use the HTTP API or the Amazon Web Services CLI, the value is Base64-encoded. Otherwise, it is not Base64-encoded. */
            Plaintext?: components["schemas"]["PlaintextType"];
            /** @description The plaintext random bytes encrypted with the public key from the attestation document. This ciphertext can be decrypted only by using a private key from the attested environment. */
            CiphertextForRecipient?: components["schemas"]["CiphertextType"];
        };
        CreateKeyRequest: {
            /** @description The key policy to attach to the KMS key. */
            Policy?: components["schemas"]["PolicyType"];
            /** @description A description of the KMS key. Use a description that helps you decide whether the KMS key is appropriate for a task. The default value is an empty string (no description). */
            Description?: components["schemas"]["DescriptionType"];
            /** @description Determines the [cryptographic operations](https://docs.aws.amazon.com/kms/latest/developerguide/kms-cryptography.html#cryptographic-operations) for which you can use the KMS key. The default value is `ENCRYPT_DECRYPT`. This parameter is optional when you are creating a symmetric encryption KMS key; otherwise, it is required. You can't change the [ `KeyUsage` ](https://docs.aws.amazon.com/kms/latest/developerguide/create-keys.html#key-usage) value after the KMS key is created. Each KMS key can have only one key usage. This follows key usage best practices according to [NIST SP 800-57 Recommendations for Key Management](https://csrc.nist.gov/pubs/sp/800/57/pt1/r5/final), section 5.2, Key usage. */
            KeyUsage?: components["schemas"]["KeyUsageType"];
            /** @description Instead, use the `KeySpec` parameter. */
            CustomerMasterKeySpec?: components["schemas"]["CustomerMasterKeySpec"];
            /** @description Specifies the type of KMS key to create. The default value, `SYMMETRIC_DEFAULT`, creates a KMS key with a 256-bit AES-GCM key that is used for encryption and decryption, except in China Regions, where it creates a 128-bit symmetric key that uses SM4 encryption. For a detailed description of all supported key specs, see [Key spec reference](https://docs.aws.amazon.com/kms/latest/developerguide/symm-asymm-choose-key-spec.html) in the * *Key Management Service Developer Guide* *. */
            KeySpec?: components["schemas"]["KeySpec"];
            /** @description The source of the key material for the KMS key. You cannot change the origin after you create the KMS key. The default is `AWS_KMS`, which means that KMS creates the key material. */
            Origin?: components["schemas"]["OriginType"];
            /** @description Creates the KMS key in the specified [custom key store](https://docs.aws.amazon.com/kms/latest/developerguide/key-store-overview.html). The `ConnectionState` of the custom key store must be `CONNECTED`. To find the CustomKeyStoreID and ConnectionState use the `DescribeCustomKeyStores` operation. */
            CustomKeyStoreId?: components["schemas"]["CustomKeyStoreIdType"];
            /** @description Skips ("bypasses") the key policy lockout safety check. The default value is false. */
            BypassPolicyLockoutSafetyCheck?: components["schemas"]["BooleanType"];
            /** @description Assigns one or more tags to the KMS key. Use this parameter to tag the KMS key when it is created. To tag an existing KMS key, use the `TagResource` operation. */
            Tags?: components["schemas"]["TagList"];
            /** @description Creates a multi-Region primary key that you can replicate into other Amazon Web Services Regions. You cannot change this value after you create the KMS key. */
            MultiRegion?: components["schemas"]["NullableBooleanType"];
            /** @description Identifies the [external key](https://docs.aws.amazon.com/kms/latest/developerguide/keystore-external.html#concept-external-key) that serves as key material for the KMS key in an [external key store](https://docs.aws.amazon.com/kms/latest/developerguide/keystore-external.html). Specify the ID that the [external key store proxy](https://docs.aws.amazon.com/kms/latest/developerguide/keystore-external.html#concept-xks-proxy) uses to refer to the external key. For help, see the documentation for your external key store proxy. */
            XksKeyId?: components["schemas"]["XksKeyIdType"];
        };
        PolicyType: string;
        DescriptionType: string;
        /** @enum {string} */
        KeyUsageType: "SIGN_VERIFY" | "ENCRYPT_DECRYPT" | "GENERATE_VERIFY_MAC" | "KEY_AGREEMENT";
        /**
         * @deprecated
         * @enum {string}
         */
        CustomerMasterKeySpec: "RSA_2048" | "RSA_3072" | "RSA_4096" | "ECC_NIST_P256" | "ECC_NIST_P384" | "ECC_NIST_P521" | "ECC_SECG_P256K1" | "SYMMETRIC_DEFAULT" | "HMAC_224" | "HMAC_256" | "HMAC_384" | "HMAC_512" | "SM2";
        /** @enum {string} */
        KeySpec: "RSA_2048" | "RSA_3072" | "RSA_4096" | "ECC_NIST_P256" | "ECC_NIST_P384" | "ECC_NIST_P521" | "ECC_SECG_P256K1" | "SYMMETRIC_DEFAULT" | "HMAC_224" | "HMAC_256" | "HMAC_384" | "HMAC_512" | "SM2" | "ML_DSA_44" | "ML_DSA_65" | "ML_DSA_87" | "ECC_NIST_EDWARDS25519";
        /** @enum {string} */
        OriginType: "AWS_KMS" | "EXTERNAL" | "AWS_CLOUDHSM" | "EXTERNAL_KEY_STORE";
        BooleanType: boolean;
        TagList: components["schemas"]["Tag"][];
        /** @description A key-value pair. A tag consists of a tag key and a tag value. Tag keys and tag values are both required, but tag values can be empty (null) strings. */
        Tag: {
            /** @description The key of the tag. */
            TagKey: components["schemas"]["TagKeyType"];
            /** @description The value of the tag. */
            TagValue: components["schemas"]["TagValueType"];
        };
        TagKeyType: string;
        TagValueType: string;
        XksKeyIdType: string;
        CreateKeyResponse: {
            /** @description Metadata associated with the KMS key. */
            KeyMetadata?: components["schemas"]["KeyMetadata"];
        };
        /** @description Contains metadata about a KMS key. */
        KeyMetadata: {
            /** @description The twelve-digit account ID of the Amazon Web Services account that owns the KMS key. */
            AWSAccountId?: components["schemas"]["AWSAccountIdType"];
            /** @description The globally unique identifier for the KMS key. */
            KeyId: components["schemas"]["KeyIdType"];
            /** @description The Amazon Resource Name (ARN) of the KMS key. For examples, see [Key Management Service (KMS)](https://docs.aws.amazon.com/general/latest/gr/aws-arns-and-namespaces.html#arn-syntax-kms) in the Example ARNs section of the *Amazon Web Services General Reference*. */
            Arn?: components["schemas"]["ArnType"];
            /** @description The date and time when the KMS key was created. */
            CreationDate?: components["schemas"]["DateType"];
            /** @description Specifies whether the KMS key is enabled. When `KeyState` is `Enabled` this value is true, otherwise it is false. */
            Enabled?: components["schemas"]["BooleanType"];
            /** @description The description of the KMS key. */
            Description?: components["schemas"]["DescriptionType"];
            /** @description The [cryptographic operations](https://docs.aws.amazon.com/kms/latest/developerguide/kms-cryptography.html#cryptographic-operations) for which you can use the KMS key. */
            KeyUsage?: components["schemas"]["KeyUsageType"];
            /** @description The current status of the KMS key. */
            KeyState?: components["schemas"]["KeyState"];
            /** @description The date and time after which KMS deletes this KMS key. This value is present only when the KMS key is scheduled for deletion, that is, when its `KeyState` is `PendingDeletion`. */
            DeletionDate?: components["schemas"]["DateType"];
            /** @description The earliest time at which any imported key material permanently associated with this KMS key expires. When a key material expires, KMS deletes the key material and the KMS key becomes unusable. This value is present only for KMS keys whose `Origin` is `EXTERNAL` and the `ExpirationModel` is `KEY_MATERIAL_EXPIRES`, otherwise this value is omitted. */
            ValidTo?: components["schemas"]["DateType"];
            /** @description The source of the key material for the KMS key. When this value is `AWS_KMS`, KMS created the key material. When this value is `EXTERNAL`, the key material was imported or the KMS key doesn't have any key material. When this value is `AWS_CLOUDHSM`, the key material was created in the CloudHSM cluster associated with a custom key store. */
            Origin?: components["schemas"]["OriginType"];
            /** @description A unique identifier for the [custom key store](https://docs.aws.amazon.com/kms/latest/developerguide/key-store-overview.html) that contains the KMS key. This field is present only when the KMS key is created in a custom key store. */
            CustomKeyStoreId?: components["schemas"]["CustomKeyStoreIdType"];
            /** @description The cluster ID of the CloudHSM cluster that contains the key material for the KMS key. When you create a KMS key in an CloudHSM [custom key store](https://docs.aws.amazon.com/kms/latest/developerguide/key-store-overview.html), KMS creates the key material for the KMS key in the associated CloudHSM cluster. This field is present only when the KMS key is created in an CloudHSM key store. */
            CloudHsmClusterId?: components["schemas"]["CloudHsmClusterIdType"];
            /** @description Specifies whether the KMS key's key material expires. This value is present only when `Origin` is `EXTERNAL`, otherwise this value is omitted. */
            ExpirationModel?: components["schemas"]["ExpirationModelType"];
            /** @description The manager of the KMS key. KMS keys in your Amazon Web Services account are either customer managed or Amazon Web Services managed. For more information about the difference, see [KMS keys](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#kms_keys) in the *Key Management Service Developer Guide*. */
            KeyManager?: components["schemas"]["KeyManagerType"];
            /** @description Instead, use the `KeySpec` field. */
            CustomerMasterKeySpec?: components["schemas"]["CustomerMasterKeySpec"];
            /** @description Describes the type of key material in the KMS key. */
            KeySpec?: components["schemas"]["KeySpec"];
            /** @description The encryption algorithms that the KMS key supports. You cannot use the KMS key with other encryption algorithms within KMS. */
            EncryptionAlgorithms?: components["schemas"]["EncryptionAlgorithmSpecList"];
            /** @description The signing algorithms that the KMS key supports. You cannot use the KMS key with other signing algorithms within KMS. */
            SigningAlgorithms?: components["schemas"]["SigningAlgorithmSpecList"];
            /** @description The key agreement algorithm used to derive a shared secret. */
            KeyAgreementAlgorithms?: components["schemas"]["KeyAgreementAlgorithmSpecList"];
            /** @description Indicates whether the KMS key is a multi-Region (`True`) or regional (`False`) key. This value is `True` for multi-Region primary and replica keys and `False` for regional KMS keys. */
            MultiRegion?: components["schemas"]["NullableBooleanType"];
            /** @description Lists the primary and replica keys in same multi-Region key. This field is present only when the value of the `MultiRegion` field is `True`. */
            MultiRegionConfiguration?: components["schemas"]["MultiRegionConfiguration"];
            /** @description The waiting period before the primary key in a multi-Region key is deleted. This waiting period begins when the last of its replica keys is deleted. This value is present only when the `KeyState` of the KMS key is `PendingReplicaDeletion`. That indicates that the KMS key is the primary key in a multi-Region key, it is scheduled for deletion, and it still has existing replica keys. */
            PendingDeletionWindowInDays?: components["schemas"]["PendingWindowInDaysType"];
            /** @description The message authentication code (MAC) algorithm that the HMAC KMS key supports. */
            MacAlgorithms?: components["schemas"]["MacAlgorithmSpecList"];
            /** @description Information about the external key that is associated with a KMS key in an external key store. */
            XksKeyConfiguration?: components["schemas"]["XksKeyConfigurationType"];
            /** @description Identifies the current key material. This value is present for symmetric encryption keys with `AWS_KMS` or `EXTERNAL` origin. These KMS keys support automatic or on-demand key rotation and can have multiple key materials associated with them. KMS uses the current key material for both encryption and decryption, and the non-current key material for decryption operations only. */
            CurrentKeyMaterialId?: components["schemas"]["BackingKeyIdType"];
        };
        AWSAccountIdType: string;
        ArnType: string;
        /** @description Seconds since the Unix epoch, possibly with a fraction (AWS JSON 1.1 timestamp). */
        DateType: number;
        /** @enum {string} */
        KeyState: "Creating" | "Enabled" | "Disabled" | "PendingDeletion" | "PendingImport" | "PendingReplicaDeletion" | "Unavailable" | "Updating";
        CloudHsmClusterIdType: string;
        /** @enum {string} */
        ExpirationModelType: "KEY_MATERIAL_EXPIRES" | "KEY_MATERIAL_DOES_NOT_EXPIRE";
        /** @enum {string} */
        KeyManagerType: "AWS" | "CUSTOMER";
        EncryptionAlgorithmSpecList: components["schemas"]["EncryptionAlgorithmSpec"][];
        SigningAlgorithmSpecList: components["schemas"]["SigningAlgorithmSpec"][];
        /** @enum {string} */
        SigningAlgorithmSpec: "RSASSA_PSS_SHA_256" | "RSASSA_PSS_SHA_384" | "RSASSA_PSS_SHA_512" | "RSASSA_PKCS1_V1_5_SHA_256" | "RSASSA_PKCS1_V1_5_SHA_384" | "RSASSA_PKCS1_V1_5_SHA_512" | "ECDSA_SHA_256" | "ECDSA_SHA_384" | "ECDSA_SHA_512" | "SM2DSA" | "ML_DSA_SHAKE_256" | "ED25519_SHA_512" | "ED25519_PH_SHA_512";
        KeyAgreementAlgorithmSpecList: components["schemas"]["KeyAgreementAlgorithmSpec"][];
        /** @enum {string} */
        KeyAgreementAlgorithmSpec: "ECDH";
        /** @description Describes the configuration of this multi-Region key. This field appears only when the KMS key is a primary or replica of a multi-Region key. */
        MultiRegionConfiguration: {
            /** @description Indicates whether the KMS key is a `PRIMARY` or `REPLICA` key. */
            MultiRegionKeyType?: components["schemas"]["MultiRegionKeyType"];
            /** @description Displays the key ARN and Region of the primary key. This field includes the current KMS key if it is the primary key. */
            PrimaryKey?: components["schemas"]["MultiRegionKey"];
            /** @description displays the key ARNs and Regions of all replica keys. This field includes the current KMS key if it is a replica key. */
            ReplicaKeys?: components["schemas"]["MultiRegionKeyList"];
        };
        /** @enum {string} */
        MultiRegionKeyType: "PRIMARY" | "REPLICA";
        /** @description Describes the primary or replica key in a multi-Region key. */
        MultiRegionKey: {
            /** @description Displays the key ARN of a primary or replica key of a multi-Region key. */
            Arn?: components["schemas"]["ArnType"];
            /** @description Displays the Amazon Web Services Region of a primary or replica key in a multi-Region key. */
            Region?: components["schemas"]["RegionType"];
        };
        RegionType: string;
        MultiRegionKeyList: components["schemas"]["MultiRegionKey"][];
        PendingWindowInDaysType: number;
        MacAlgorithmSpecList: components["schemas"]["MacAlgorithmSpec"][];
        /** @enum {string} */
        MacAlgorithmSpec: "HMAC_SHA_224" | "HMAC_SHA_256" | "HMAC_SHA_384" | "HMAC_SHA_512";
        /** @description Information about the [external key ](https://docs.aws.amazon.com/kms/latest/developerguide/keystore-external.html#concept-external-key)that is associated with a KMS key in an external key store. */
        XksKeyConfigurationType: {
            /** @description The ID of the external key in its external key manager. This is the ID that the external key store proxy uses to identify the external key. */
            Id?: components["schemas"]["XksKeyIdType"];
        };
        DescribeKeyRequest: {
            /** @description Describes the specified KMS key. */
            KeyId: components["schemas"]["KeyIdType"];
            /** @description A list of grant tokens. */
            GrantTokens?: components["schemas"]["GrantTokenList"];
        };
        DescribeKeyResponse: {
            /** @description Metadata associated with the key. */
            KeyMetadata?: components["schemas"]["KeyMetadata"];
        };
        ListKeysRequest: {
            /** @description Use this parameter to specify the maximum number of items to return. When this value is present, KMS does not return more than the specified number of items, but it might return fewer. */
            Limit?: components["schemas"]["LimitType"];
            /** @description Use this parameter in a subsequent request after you receive a response with truncated results. Set it to the value of `NextMarker` from the truncated response you just received. */
            Marker?: components["schemas"]["MarkerType"];
        };
        LimitType: number;
        MarkerType: string;
        ListKeysResponse: {
            /** @description A list of KMS keys. */
            Keys?: components["schemas"]["KeyList"];
            /** @description When `Truncated` is true, this element is present and contains the value to use for the `Marker` parameter in a subsequent request. */
            NextMarker?: components["schemas"]["MarkerType"];
            /** @description A flag that indicates whether there are more items in the list. When this value is true, the list in this response is truncated. To get more items, pass the value of the `NextMarker` element in this response to the `Marker` parameter in a subsequent request. */
            Truncated?: components["schemas"]["BooleanType"];
        };
        KeyList: components["schemas"]["KeyListEntry"][];
        /** @description Contains information about each entry in the key list. */
        KeyListEntry: {
            /** @description Unique identifier of the key. */
            KeyId?: components["schemas"]["KeyIdType"];
            /** @description ARN of the key. */
            KeyArn?: components["schemas"]["ArnType"];
        };
        EnableKeyRequest: {
            /** @description Identifies the KMS key to enable. */
            KeyId: components["schemas"]["KeyIdType"];
        };
        DisableKeyRequest: {
            /** @description Identifies the KMS key to disable. */
            KeyId: components["schemas"]["KeyIdType"];
        };
        ScheduleKeyDeletionRequest: {
            /** @description The unique identifier of the KMS key to delete. */
            KeyId: components["schemas"]["KeyIdType"];
            /** @description The waiting period, specified in number of days. After the waiting period ends, KMS deletes the KMS key. KMS accepts 7 to 30 (default 30), narrower than the 1 to 365 of the shared AWS model type. */
            PendingWindowInDays?: components["schemas"]["PendingWindowInDaysType"];
        };
        ScheduleKeyDeletionResponse: {
            /** @description The Amazon Resource Name ([key ARN](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#key-id-key-ARN)) of the KMS key whose deletion is scheduled. */
            KeyId?: components["schemas"]["KeyIdType"];
            /** @description The date and time after which KMS deletes the KMS key. */
            DeletionDate?: components["schemas"]["DateType"];
            /** @description The current status of the KMS key. */
            KeyState?: components["schemas"]["KeyState"];
            /** @description The waiting period before the KMS key is deleted. */
            PendingWindowInDays?: components["schemas"]["PendingWindowInDaysType"];
        };
        CancelKeyDeletionRequest: {
            /** @description Identifies the KMS key whose deletion is being canceled. */
            KeyId: components["schemas"]["KeyIdType"];
        };
        CancelKeyDeletionResponse: {
            /** @description The Amazon Resource Name ([key ARN](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#key-id-key-ARN)) of the KMS key whose deletion is canceled. */
            KeyId?: components["schemas"]["KeyIdType"];
        };
        EnableKeyRotationRequest: {
            /** @description Identifies a symmetric encryption KMS key. Specify the key ID or key ARN of the KMS key. You cannot enable automatic rotation of asymmetric KMS keys, HMAC KMS keys, KMS keys with imported key material, or KMS keys in a custom key store. */
            KeyId: components["schemas"]["KeyIdType"];
            /** @description The number of days between automatic rotations, 90..2560. If no value is specified, the default value is 365 days. */
            RotationPeriodInDays?: components["schemas"]["RotationPeriodInDaysType"];
        };
        RotationPeriodInDaysType: number;
        DisableKeyRotationRequest: {
            /** @description Identifies a symmetric encryption KMS key. Specify the key ID or key ARN of the KMS key. */
            KeyId: components["schemas"]["KeyIdType"];
        };
        GetKeyRotationStatusRequest: {
            /** @description Gets the rotation status for the specified KMS key. Specify the key ID or key ARN of the KMS key. */
            KeyId: components["schemas"]["KeyIdType"];
        };
        GetKeyRotationStatusResponse: {
            /** @description Whether automatic key rotation is enabled. */
            KeyRotationEnabled?: components["schemas"]["BooleanType"];
            /** @description Identifies the specified symmetric encryption KMS key. */
            KeyId?: components["schemas"]["KeyIdType"];
            /** @description The number of days between each automatic rotation; present while automatic rotation is enabled. */
            RotationPeriodInDays?: components["schemas"]["RotationPeriodInDaysType"];
            /** @description The next date that KMS will automatically rotate the key material; present while automatic rotation is enabled. */
            NextRotationDate?: components["schemas"]["DateType"];
            /** @description When an on-demand rotation still in progress was initiated; absent once it completes. */
            OnDemandRotationStartDate?: components["schemas"]["DateType"];
        };
        RotateKeyOnDemandRequest: {
            /** @description Identifies a symmetric encryption KMS key. Specify the key ID or key ARN of the KMS key. You cannot rotate asymmetric KMS keys, HMAC KMS keys, multi-Region KMS keys with imported key material, or KMS keys in a custom key store on demand. */
            KeyId: components["schemas"]["KeyIdType"];
        };
        RotateKeyOnDemandResponse: {
            /** @description Identifies the symmetric encryption KMS key that you initiated on-demand rotation on (its key ARN). */
            KeyId?: components["schemas"]["KeyIdType"];
        };
        ListKeyRotationsRequest: {
            /** @description Gets the key rotations for the specified KMS key. Specify the key ID or key ARN of the KMS key. */
            KeyId: components["schemas"]["KeyIdType"];
            /** @description `ROTATIONS_ONLY` (the default) lists the key materials made by automatic or on-demand rotation; `ALL_KEY_MATERIAL` adds the first key material and any imported key material pending rotation. */
            IncludeKeyMaterial?: components["schemas"]["IncludeKeyMaterial"];
            /** @description Use this parameter to specify the maximum number of items to return. If you include a value, it must be between 1 and 1000, inclusive. If you do not include a value, it defaults to 100. */
            Limit?: components["schemas"]["LimitType"];
            /** @description Use this parameter in a subsequent request after you receive a response with truncated results. Set it to the value of `NextMarker` from the truncated response you just received. */
            Marker?: components["schemas"]["MarkerType"];
        };
        /** @enum {string} */
        IncludeKeyMaterial: "ALL_KEY_MATERIAL" | "ROTATIONS_ONLY";
        ListKeyRotationsResponse: {
            /** @description A list of completed key material rotations (and, with `ALL_KEY_MATERIAL`, the first key material and any pending one). */
            Rotations?: components["schemas"]["RotationsList"];
            /** @description When `Truncated` is true, this element is present and contains the value to use for the `Marker` parameter in a subsequent request. */
            NextMarker?: components["schemas"]["MarkerType"];
            /** @description A flag that indicates whether there are more items in the list. When this value is true, the list in this response is truncated. */
            Truncated?: components["schemas"]["BooleanType"];
        };
        RotationsList: components["schemas"]["RotationsListEntry"][];
        RotationsListEntry: {
            /** @description Unique identifier of the key. */
            KeyId?: components["schemas"]["KeyIdType"];
            /** @description Unique identifier of the key material. */
            KeyMaterialId?: components["schemas"]["BackingKeyIdType"];
            /** @description User-specified description of the key material; symmetric encryption keys with `EXTERNAL` origin only. */
            KeyMaterialDescription?: components["schemas"]["KeyMaterialDescriptionType"];
            /** @description Whether the key material is currently imported (`IMPORTED`) or not (`PENDING_IMPORT`); keys with `EXTERNAL` origin only. */
            ImportState?: components["schemas"]["ImportState"];
            /** @description `CURRENT` encrypts and decrypts; `NON_CURRENT` only decrypts; `PENDING_ROTATION` and `PENDING_MULTI_REGION_IMPORT_AND_ROTATION` are imported key material waiting for an on-demand rotation. */
            KeyMaterialState?: components["schemas"]["KeyMaterialState"];
            /** @description Whether the key material expires; keys with `EXTERNAL` origin only. */
            ExpirationModel?: components["schemas"]["ExpirationModelType"];
            /** @description When the key material expires; only with `ExpirationModel` `KEY_MATERIAL_EXPIRES`. */
            ValidTo?: components["schemas"]["DateType"];
            /** @description When the rotation to this key material completed; absent for the first key material and for key material pending rotation. */
            RotationDate?: components["schemas"]["DateType"];
            /** @description Whether the rotation was automatic or on demand; absent where `RotationDate` is. */
            RotationType?: components["schemas"]["RotationType"];
        };
        KeyMaterialDescriptionType: string;
        /** @enum {string} */
        ImportState: "IMPORTED" | "PENDING_IMPORT";
        /** @enum {string} */
        KeyMaterialState: "NON_CURRENT" | "CURRENT" | "PENDING_ROTATION" | "PENDING_MULTI_REGION_IMPORT_AND_ROTATION";
        /** @enum {string} */
        RotationType: "AUTOMATIC" | "ON_DEMAND";
        CreateAliasRequest: {
            /** @description Specifies the alias name. This value must begin with `alias/` followed by a name, such as `alias/ExampleAlias`. */
            AliasName: components["schemas"]["AliasNameType"];
            /** @description Associates the alias with the specified [customer managed key](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#customer-mgn-key). The KMS key must be in the same Amazon Web Services Region. */
            TargetKeyId: components["schemas"]["KeyIdType"];
        };
        AliasNameType: string;
        DeleteAliasRequest: {
            /** @description The alias to be deleted. The alias name must begin with `alias/` followed by the alias name, such as `alias/ExampleAlias`. */
            AliasName: components["schemas"]["AliasNameType"];
        };
        ListAliasesRequest: {
            /** @description Lists only aliases that are associated with the specified KMS key. Enter a KMS key in your Amazon Web Services account. */
            KeyId?: components["schemas"]["KeyIdType"];
            /** @description Use this parameter to specify the maximum number of items to return. When this value is present, KMS does not return more than the specified number of items, but it might return fewer. */
            Limit?: components["schemas"]["LimitType"];
            /** @description Use this parameter in a subsequent request after you receive a response with truncated results. Set it to the value of `NextMarker` from the truncated response you just received. */
            Marker?: components["schemas"]["MarkerType"];
        };
        ListAliasesResponse: {
            /** @description A list of aliases. */
            Aliases?: components["schemas"]["AliasList"];
            /** @description When `Truncated` is true, this element is present and contains the value to use for the `Marker` parameter in a subsequent request. */
            NextMarker?: components["schemas"]["MarkerType"];
            /** @description A flag that indicates whether there are more items in the list. When this value is true, the list in this response is truncated. To get more items, pass the value of the `NextMarker` element in this response to the `Marker` parameter in a subsequent request. */
            Truncated?: components["schemas"]["BooleanType"];
        };
        AliasList: components["schemas"]["AliasListEntry"][];
        /** @description Contains information about an alias. */
        AliasListEntry: {
            /** @description String that contains the alias. This value begins with `alias/`. */
            AliasName?: components["schemas"]["AliasNameType"];
            /** @description String that contains the key ARN. */
            AliasArn?: components["schemas"]["ArnType"];
            /** @description String that contains the key identifier of the KMS key associated with the alias. */
            TargetKeyId?: components["schemas"]["KeyIdType"];
            /** @description Date and time that the alias was most recently created in the account and Region. Formatted as Unix time. */
            CreationDate?: components["schemas"]["DateType"];
            /** @description Date and time that the alias was most recently associated with a KMS key in the account and Region. Formatted as Unix time. */
            LastUpdatedDate?: components["schemas"]["DateType"];
        };
        GetPublicKeyRequest: {
            /** @description Identifies the asymmetric KMS key that includes the public key. */
            KeyId: components["schemas"]["KeyIdType"];
            /** @description A list of grant tokens. */
            GrantTokens?: components["schemas"]["GrantTokenList"];
        };
        GetPublicKeyResponse: {
            /** @description The Amazon Resource Name ([key ARN](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#key-id-key-ARN)) of the asymmetric KMS key from which the public key was downloaded. */
            KeyId?: components["schemas"]["KeyIdType"];
            /** @description The exported public key. */
            PublicKey?: components["schemas"]["PublicKeyType"];
            /** @description Instead, use the `KeySpec` field in the `GetPublicKey` response. */
            CustomerMasterKeySpec?: components["schemas"]["CustomerMasterKeySpec"];
            /** @description The type of the of the public key that was downloaded. */
            KeySpec?: components["schemas"]["KeySpec"];
            /** @description The permitted use of the public key. Valid values for asymmetric key pairs are `ENCRYPT_DECRYPT`, `SIGN_VERIFY`, and `KEY_AGREEMENT`. */
            KeyUsage?: components["schemas"]["KeyUsageType"];
            /** @description The encryption algorithms that KMS supports for this key. */
            EncryptionAlgorithms?: components["schemas"]["EncryptionAlgorithmSpecList"];
            /** @description The signing algorithms that KMS supports for this key. */
            SigningAlgorithms?: components["schemas"]["SigningAlgorithmSpecList"];
            /** @description The key agreement algorithm used to derive a shared secret. This field is present only when the KMS key has a `KeyUsage` value of `KEY_AGREEMENT`. */
            KeyAgreementAlgorithms?: components["schemas"]["KeyAgreementAlgorithmSpecList"];
        };
        SignRequest: {
            /** @description Identifies an asymmetric KMS key. KMS uses the private key in the asymmetric KMS key to sign the message. The `KeyUsage` type of the KMS key must be `SIGN_VERIFY`. To find the `KeyUsage` of a KMS key, use the DescribeKey operation. */
            KeyId: components["schemas"]["KeyIdType"];
            /** @description Specifies the message or message digest to sign. Messages can be 0-4096 bytes. To sign a larger message, provide a message digest. */
            Message: components["schemas"]["PlaintextType"];
            /** @description Tells KMS whether the value of the `Message` parameter should be hashed as part of the signing algorithm. Use `RAW` for unhashed messages; use `DIGEST` for message digests, which are already hashed; use `EXTERNAL_MU` for 64-byte representative μ used in ML-DSA signing as defined in NIST FIPS 204 Section 6.2. */
            MessageType?: components["schemas"]["MessageType"];
            /** @description A list of grant tokens. */
            GrantTokens?: components["schemas"]["GrantTokenList"];
            /** @description Specifies the signing algorithm to use when signing the message. */
            SigningAlgorithm: components["schemas"]["SigningAlgorithmSpec"];
            /** @description Checks if your request will succeed. `DryRun` is an optional parameter. */
            DryRun?: components["schemas"]["NullableBooleanType"];
        };
        SignResponse: {
            /** @description The Amazon Resource Name ([key ARN](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#key-id-key-ARN)) of the asymmetric KMS key that was used to sign the message. */
            KeyId?: components["schemas"]["KeyIdType"];
            /** @description The cryptographic signature that was generated for the message. */
            Signature?: components["schemas"]["CiphertextType"];
            /** @description The signing algorithm that was used to sign the message. */
            SigningAlgorithm?: components["schemas"]["SigningAlgorithmSpec"];
        };
        VerifyRequest: {
            /** @description Identifies the asymmetric KMS key that will be used to verify the signature. This must be the same KMS key that was used to generate the signature. If you specify a different KMS key, the signature verification fails. */
            KeyId: components["schemas"]["KeyIdType"];
            /** @description Specifies the message that was signed. You can submit a raw message of up to 4096 bytes, or a hash digest of the message. If you submit a digest, use the `MessageType` parameter with a value of `DIGEST`. */
            Message: components["schemas"]["PlaintextType"];
            /** @description Tells KMS whether the value of the `Message` parameter should be hashed as part of the signing algorithm. Use `RAW` for unhashed messages; use `DIGEST` for message digests, which are already hashed; use `EXTERNAL_MU` for 64-byte representative μ used in ML-DSA signing as defined in NIST FIPS 204 Section 6.2. */
            MessageType?: components["schemas"]["MessageType"];
            /** @description The signature that the `Sign` operation generated. */
            Signature: components["schemas"]["CiphertextType"];
            /** @description The signing algorithm that was used to sign the message. If you submit a different algorithm, the signature verification fails. */
            SigningAlgorithm: components["schemas"]["SigningAlgorithmSpec"];
            /** @description A list of grant tokens. */
            GrantTokens?: components["schemas"]["GrantTokenList"];
            /** @description Checks if your request will succeed. `DryRun` is an optional parameter. */
            DryRun?: components["schemas"]["NullableBooleanType"];
        };
        VerifyResponse: {
            /** @description The Amazon Resource Name ([key ARN](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#key-id-key-ARN)) of the asymmetric KMS key that was used to verify the signature. */
            KeyId?: components["schemas"]["KeyIdType"];
            /** @description A Boolean value that indicates whether the signature was verified. A value of `True` indicates that the `Signature` was produced by signing the `Message` with the specified `KeyID` and `SigningAlgorithm.` If the signature is not verified, the `Verify` operation fails with a `KMSInvalidSignatureException` exception. */
            SignatureValid?: components["schemas"]["BooleanType"];
            /** @description The signing algorithm that was used to verify the signature. */
            SigningAlgorithm?: components["schemas"]["SigningAlgorithmSpec"];
        };
        GenerateMacRequest: {
            /** @description The message to be hashed. Specify a message of up to 4,096 bytes. */
            Message: components["schemas"]["PlaintextType"];
            /** @description The HMAC KMS key to use in the operation. The MAC algorithm computes the HMAC for the message and the key as described in [RFC 2104](https://datatracker.ietf.org/doc/html/rfc2104). */
            KeyId: components["schemas"]["KeyIdType"];
            /** @description The MAC algorithm used in the operation. */
            MacAlgorithm: components["schemas"]["MacAlgorithmSpec"];
            /** @description A list of grant tokens. */
            GrantTokens?: components["schemas"]["GrantTokenList"];
            /** @description Checks if your request will succeed. `DryRun` is an optional parameter. */
            DryRun?: components["schemas"]["NullableBooleanType"];
        };
        GenerateMacResponse: {
            /** @description The hash-based message authentication code (HMAC) that was generated for the specified message, HMAC KMS key, and MAC algorithm. */
            Mac?: components["schemas"]["CiphertextType"];
            /** @description The MAC algorithm that was used to generate the HMAC. */
            MacAlgorithm?: components["schemas"]["MacAlgorithmSpec"];
            /** @description The HMAC KMS key used in the operation. */
            KeyId?: components["schemas"]["KeyIdType"];
        };
        VerifyMacRequest: {
            /** @description The message that will be used in the verification. Enter the same message that was used to generate the HMAC. */
            Message: components["schemas"]["PlaintextType"];
            /** @description The KMS key that will be used in the verification. */
            KeyId: components["schemas"]["KeyIdType"];
            /** @description The MAC algorithm that will be used in the verification. Enter the same MAC algorithm that was used to compute the HMAC. This algorithm must be supported by the HMAC KMS key identified by the `KeyId` parameter. */
            MacAlgorithm: components["schemas"]["MacAlgorithmSpec"];
            /** @description The HMAC to verify. Enter the HMAC that was generated by the GenerateMac operation when you specified the same message, HMAC KMS key, and MAC algorithm as the values specified in this request. */
            Mac: components["schemas"]["CiphertextType"];
            /** @description A list of grant tokens. */
            GrantTokens?: components["schemas"]["GrantTokenList"];
            /** @description Checks if your request will succeed. `DryRun` is an optional parameter. */
            DryRun?: components["schemas"]["NullableBooleanType"];
        };
        VerifyMacResponse: {
            /** @description The HMAC KMS key used in the verification. */
            KeyId?: components["schemas"]["KeyIdType"];
            /** @description A Boolean value that indicates whether the HMAC was verified. A value of `True` indicates that the HMAC (`Mac`) was generated with the specified `Message`, HMAC KMS key (`KeyID`) and `MacAlgorithm.`. */
            MacValid?: components["schemas"]["BooleanType"];
            /** @description The MAC algorithm used in the verification. */
            MacAlgorithm?: components["schemas"]["MacAlgorithmSpec"];
        };
        GenerateDataKeyPairRequest: {
            /** @description Specifies the encryption context that will be used when encrypting the private key in the data key pair. */
            EncryptionContext?: components["schemas"]["EncryptionContextType"];
            /** @description Specifies the symmetric encryption KMS key that encrypts the private key in the data key pair. You cannot specify an asymmetric KMS key or a KMS key in a custom key store. To get the type and origin of your KMS key, use the DescribeKey operation. */
            KeyId: components["schemas"]["KeyIdType"];
            /** @description Determines the type of data key pair that is generated. */
            KeyPairSpec: components["schemas"]["DataKeyPairSpec"];
            /** @description A list of grant tokens. */
            GrantTokens?: components["schemas"]["GrantTokenList"];
            /** @description A signed [attestation document](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/nitro-enclave-how.html#term-attestdoc) from an Amazon Web Services Nitro enclave or NitroTPM, and the encryption algorithm to use with the public key in the attestation document. The only valid encryption algorithm is `RSAES_OAEP_SHA_256`. */
            Recipient?: components["schemas"]["RecipientInfo"];
            /** @description Checks if your request will succeed. `DryRun` is an optional parameter. */
            DryRun?: components["schemas"]["NullableBooleanType"];
        };
        GenerateDataKeyPairResponse: {
            /** @description The encrypted copy of the private key. When you use the HTTP API or the Amazon Web Services CLI, the value is Base64-encoded. Otherwise, it is not Base64-encoded. */
            PrivateKeyCiphertextBlob?: components["schemas"]["CiphertextType"];
            /** @description The plaintext copy of the private key. When you use the HTTP API or the Amazon Web Services CLI, the value is Base64-encoded. Otherwise, it is not Base64-encoded. */
            PrivateKeyPlaintext?: components["schemas"]["PlaintextType"];
            /** @description The public key (in plaintext). When you use the HTTP API or the Amazon Web Services CLI, the value is Base64-encoded. Otherwise, it is not Base64-encoded. */
            PublicKey?: components["schemas"]["PublicKeyType"];
            /** @description The Amazon Resource Name ([key ARN](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#key-id-key-ARN)) of the KMS key that encrypted the private key. */
            KeyId?: components["schemas"]["KeyIdType"];
            /** @description The type of data key pair that was generated. */
            KeyPairSpec?: components["schemas"]["DataKeyPairSpec"];
            /** @description The plaintext private data key encrypted with the public key from the attestation document. This ciphertext can be decrypted only by using a private key from the attested environment. */
            CiphertextForRecipient?: components["schemas"]["CiphertextType"];
            /** @description The identifier of the key material used to encrypt the private key. */
            KeyMaterialId?: components["schemas"]["BackingKeyIdType"];
        };
        GenerateDataKeyPairWithoutPlaintextRequest: {
            /** @description Specifies the encryption context that will be used when encrypting the private key in the data key pair. */
            EncryptionContext?: components["schemas"]["EncryptionContextType"];
            /** @description Specifies the symmetric encryption KMS key that encrypts the private key in the data key pair. You cannot specify an asymmetric KMS key or a KMS key in a custom key store. To get the type and origin of your KMS key, use the DescribeKey operation. */
            KeyId: components["schemas"]["KeyIdType"];
            /** @description Determines the type of data key pair that is generated. */
            KeyPairSpec: components["schemas"]["DataKeyPairSpec"];
            /** @description A list of grant tokens. */
            GrantTokens?: components["schemas"]["GrantTokenList"];
            /** @description Checks if your request will succeed. `DryRun` is an optional parameter. */
            DryRun?: components["schemas"]["NullableBooleanType"];
        };
        GenerateDataKeyPairWithoutPlaintextResponse: {
            /** @description The encrypted copy of the private key. When you use the HTTP API or the Amazon Web Services CLI, the value is Base64-encoded. Otherwise, it is not Base64-encoded. */
            PrivateKeyCiphertextBlob?: components["schemas"]["CiphertextType"];
            /** @description The public key (in plaintext). When you use the HTTP API or the Amazon Web Services CLI, the value is Base64-encoded. Otherwise, it is not Base64-encoded. */
            PublicKey?: components["schemas"]["PublicKeyType"];
            /** @description The Amazon Resource Name ([key ARN](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#key-id-key-ARN)) of the KMS key that encrypted the private key. */
            KeyId?: components["schemas"]["KeyIdType"];
            /** @description The type of data key pair that was generated. */
            KeyPairSpec?: components["schemas"]["DataKeyPairSpec"];
            /** @description The identifier of the key material used to encrypt the private key. */
            KeyMaterialId?: components["schemas"]["BackingKeyIdType"];
        };
        DeriveSharedSecretRequest: {
            /** @description Identifies an asymmetric NIST-standard ECC or SM2 (China Regions only) KMS key. KMS uses the private key in the specified key pair to derive the shared secret. The key usage of the KMS key must be `KEY_AGREEMENT`. To find the `KeyUsage` of a KMS key, use the DescribeKey operation. */
            KeyId: components["schemas"]["KeyIdType"];
            /** @description Specifies the key agreement algorithm used to derive the shared secret. The only valid value is `ECDH`. */
            KeyAgreementAlgorithm: components["schemas"]["KeyAgreementAlgorithmSpec"];
            /** @description Specifies the public key in your peer's NIST-standard elliptic curve (ECC) or SM2 (China Regions only) key pair. */
            PublicKey: components["schemas"]["PublicKeyType"];
            /** @description A list of grant tokens. */
            GrantTokens?: components["schemas"]["GrantTokenList"];
            /** @description Checks if your request will succeed. `DryRun` is an optional parameter. */
            DryRun?: components["schemas"]["NullableBooleanType"];
            /** @description A signed [attestation document](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/nitro-enclave-how.html#term-attestdoc) from an Amazon Web Services Nitro enclave or NitroTPM, and the encryption algorithm to use with the public key in the attestation document. The only valid encryption algorithm is `RSAES_OAEP_SHA_256`. */
            Recipient?: components["schemas"]["RecipientInfo"];
        };
        DeriveSharedSecretResponse: {
            /** @description Identifies the KMS key used to derive the shared secret. */
            KeyId?: components["schemas"]["KeyIdType"];
            /** @description The raw secret derived from the specified key agreement algorithm, private key in the asymmetric KMS key, and your peer's public key. */
            SharedSecret?: components["schemas"]["PlaintextType"];
            /** @description The plaintext shared secret encrypted with the public key from the attestation document. This ciphertext can be decrypted only by using a private key from the attested environment. */
            CiphertextForRecipient?: components["schemas"]["CiphertextType"];
            /** @description Identifies the key agreement algorithm used to derive the shared secret. */
            KeyAgreementAlgorithm?: components["schemas"]["KeyAgreementAlgorithmSpec"];
            /** @description The source of the key material for the specified KMS key. */
            KeyOrigin?: components["schemas"]["OriginType"];
        };
        PublicKeyType: string;
        /** @enum {string} */
        MessageType: "RAW" | "DIGEST" | "EXTERNAL_MU";
        /** @enum {string} */
        DataKeyPairSpec: "RSA_2048" | "RSA_3072" | "RSA_4096" | "ECC_NIST_P256" | "ECC_NIST_P384" | "ECC_NIST_P521" | "ECC_SECG_P256K1" | "SM2" | "ECC_NIST_EDWARDS25519";
        TagResourceRequest: {
            /** @description Identifies a customer managed key in the account and Region. Specify the key ID or key ARN of the KMS key. */
            KeyId: components["schemas"]["KeyIdType"];
            /** @description One or more tags. Each tag consists of a tag key and a tag value. The tag value can be an empty (null) string. You cannot have more than one tag on a KMS key with the same tag key. If you specify an existing tag key with a different tag value, KMS replaces the current tag value with the new one. */
            Tags: components["schemas"]["TagList"];
        };
        UntagResourceRequest: {
            /** @description Identifies the KMS key from which you are removing tags. Specify the key ID or key ARN of the KMS key. */
            KeyId: components["schemas"]["KeyIdType"];
            /** @description One or more tag keys. Specify only the tag keys, not the tag values. */
            TagKeys: components["schemas"]["TagKeyList"];
        };
        TagKeyList: components["schemas"]["TagKeyType"][];
        ListResourceTagsRequest: {
            /** @description Gets tags on the specified KMS key. Specify the key ID or key ARN of the KMS key. */
            KeyId: components["schemas"]["KeyIdType"];
            /** @description Use this parameter to specify the maximum number of items to return. If you include a value, it must be between 1 and 50, inclusive. If you do not include a value, it defaults to 50. */
            Limit?: components["schemas"]["LimitType"];
            /** @description Use this parameter in a subsequent request after you receive a response with truncated results. Set it to the value of `NextMarker` from the truncated response you just received. */
            Marker?: components["schemas"]["MarkerType"];
        };
        ListResourceTagsResponse: {
            /** @description A list of tags. Each tag consists of a tag key and a tag value. */
            Tags?: components["schemas"]["TagList"];
            /** @description When `Truncated` is true, this element is present and contains the value to use for the `Marker` parameter in a subsequent request. */
            NextMarker?: components["schemas"]["MarkerType"];
            /** @description A flag that indicates whether there are more items in the list. When this value is true, the list in this response is truncated. */
            Truncated?: components["schemas"]["BooleanType"];
        };
        UpdateAliasRequest: {
            /** @description Identifies the alias that is changing its KMS key. This value must begin with `alias/` followed by the alias name, such as `alias/ExampleAlias`. You cannot use `UpdateAlias` to change the alias name. */
            AliasName: components["schemas"]["AliasNameType"];
            /** @description Identifies the customer managed key to associate with the alias. The KMS key must be in the same Region as the alias, and of the same type (key usage) as the key the alias is associated with now. Specify the key ID or key ARN. */
            TargetKeyId: components["schemas"]["KeyIdType"];
        };
        UpdateKeyDescriptionRequest: {
            /** @description Updates the description of the specified KMS key. Specify the key ID or key ARN of the KMS key. */
            KeyId: components["schemas"]["KeyIdType"];
            /** @description New description for the KMS key. */
            Description: components["schemas"]["DescriptionType"];
        };
        GetKeyPolicyRequest: {
            /** @description Gets the key policy for the specified KMS key. Specify the key ID or key ARN of the KMS key. */
            KeyId: components["schemas"]["KeyIdType"];
            /** @description Specifies the name of the key policy. If no policy name is specified, the default value is `default`. The only valid name is `default`. */
            PolicyName?: components["schemas"]["PolicyNameType"];
        };
        PolicyNameType: string;
        GetKeyPolicyResponse: {
            /** @description A key policy document in JSON format. */
            Policy?: components["schemas"]["PolicyType"];
            /** @description The name of the key policy. The only valid value is `default`. */
            PolicyName?: components["schemas"]["PolicyNameType"];
        };
        PutKeyPolicyRequest: {
            /** @description Sets the key policy on the specified KMS key. Specify the key ID or key ARN of the KMS key. */
            KeyId: components["schemas"]["KeyIdType"];
            /** @description The name of the key policy. If no policy name is specified, the default value is `default`. The only valid value is `default`. */
            PolicyName?: components["schemas"]["PolicyNameType"];
            /** @description The key policy to attach to the KMS key, a JSON policy document. */
            Policy: components["schemas"]["PolicyType"];
            /** @description Skips ("bypasses") the key policy lockout safety check. The default value is false. */
            BypassPolicyLockoutSafetyCheck?: components["schemas"]["BooleanType"];
        };
        ListKeyPoliciesRequest: {
            /** @description Gets the names of key policies for the specified KMS key. Specify the key ID or key ARN of the KMS key. */
            KeyId: components["schemas"]["KeyIdType"];
            /** @description Use this parameter to specify the maximum number of items to return. If you include a value, it must be between 1 and 1000, inclusive. If you do not include a value, it defaults to 100. */
            Limit?: components["schemas"]["LimitType"];
            /** @description Use this parameter in a subsequent request after you receive a response with truncated results. Set it to the value of `NextMarker` from the truncated response you just received. */
            Marker?: components["schemas"]["MarkerType"];
        };
        ListKeyPoliciesResponse: {
            /** @description A list of key policy names. The only valid value is `default`. */
            PolicyNames?: components["schemas"]["PolicyNameList"];
            /** @description When `Truncated` is true, this element is present and contains the value to use for the `Marker` parameter in a subsequent request. */
            NextMarker?: components["schemas"]["MarkerType"];
            /** @description A flag that indicates whether there are more items in the list. When this value is true, the list in this response is truncated. */
            Truncated?: components["schemas"]["BooleanType"];
        };
        PolicyNameList: components["schemas"]["PolicyNameType"][];
        CreateCustomKeyStoreRequest: {
            /** @description Specifies a friendly name for the custom key store. The name must be unique in your Amazon Web Services account and Region. This parameter is required for all custom key stores. Do not include confidential or sensitive information in this field. This field may be displayed in plaintext in CloudTrail logs and other output. */
            CustomKeyStoreName: components["schemas"]["CustomKeyStoreNameType"];
            /** @description Identifies the CloudHSM cluster for an CloudHSM key store. This parameter is required for custom key stores with `CustomKeyStoreType` of `AWS_CLOUDHSM`. Enter the cluster ID of any active CloudHSM cluster that is not already associated with a custom key store. To find the cluster ID, use the DescribeClusters operation. */
            CloudHsmClusterId?: components["schemas"]["CloudHsmClusterIdType"];
            /** @description Specifies the certificate for an CloudHSM key store. This parameter is required for custom key stores with a `CustomKeyStoreType` of `AWS_CLOUDHSM`. Enter the content of the trust anchor certificate for the CloudHSM cluster. This is the content of the `customerCA.crt` file that you created when you initialized the cluster . */
            TrustAnchorCertificate?: components["schemas"]["TrustAnchorCertificateType"];
            /** @description Specifies the `kmsuser` password for an CloudHSM key store. This parameter is required for custom key stores with a `CustomKeyStoreType` of `AWS_CLOUDHSM`. Enter the password of the `kmsuser` crypto user (CU) account in the specified CloudHSM cluster. KMS logs into the cluster as this user to manage key material on your behalf. The password must be a string of 7 to 32 characters. */
            KeyStorePassword?: components["schemas"]["KeyStorePasswordType"];
            /** @description Specifies the type of custom key store. The default value is `AWS_CLOUDHSM`. For a custom key store backed by an CloudHSM cluster, omit the parameter or enter `AWS_CLOUDHSM`. For a custom key store backed by an external key manager outside of Amazon Web Services, enter `EXTERNAL_KEY_STORE`. You cannot change this property after the key store is created. */
            CustomKeyStoreType?: components["schemas"]["CustomKeyStoreType"];
            /** @description Specifies the endpoint that KMS uses to send requests to the external key store proxy (XKS proxy). This parameter is required for custom key stores with a `CustomKeyStoreType` of `EXTERNAL_KEY_STORE`. The protocol must be HTTPS. KMS communicates on port 443. Do not specify the port in the `XksProxyUriEndpoint` value. */
            XksProxyUriEndpoint?: components["schemas"]["XksProxyUriEndpointType"];
            /** @description Specifies the base path to the proxy APIs for this external key store. To find this value, see the documentation for your external key store proxy. This parameter is required for all custom key stores with a `CustomKeyStoreType` of `EXTERNAL_KEY_STORE`. The value must start with `/` and must end with `/kms/xks/v1` where `v1` represents the version of the KMS external key store proxy API. */
            XksProxyUriPath?: components["schemas"]["XksProxyUriPathType"];
            /** @description Specifies the name of the Amazon VPC endpoint service for interface endpoints that is used to communicate with your external key store proxy (XKS proxy). This parameter is required when the value of `CustomKeyStoreType` is `EXTERNAL_KEY_STORE` and the value of `XksProxyConnectivity` is `VPC_ENDPOINT_SERVICE`. */
            XksProxyVpcEndpointServiceName?: components["schemas"]["XksProxyVpcEndpointServiceNameType"];
            /** @description Specifies the Amazon Web Services account ID that owns the Amazon VPC service endpoint for the interface that is used to communicate with your external key store proxy (XKS proxy). This parameter is optional. If not provided, the Amazon Web Services account ID calling the action will be used. */
            XksProxyVpcEndpointServiceOwner?: components["schemas"]["AccountIdType"];
            /** @description Specifies an authentication credential for the external key store proxy (XKS proxy). This parameter is required for all custom key stores with a `CustomKeyStoreType` of `EXTERNAL_KEY_STORE`. The `XksProxyAuthenticationCredential` has two required elements: `RawSecretAccessKey`, a secret key, and `AccessKeyId`, a unique identifier for the `RawSecretAccessKey`. */
            XksProxyAuthenticationCredential?: components["schemas"]["XksProxyAuthenticationCredentialType"];
            /** @description Indicates how KMS communicates with the external key store proxy. This parameter is required for custom key stores with a `CustomKeyStoreType` of `EXTERNAL_KEY_STORE`. If the external key store proxy uses a public endpoint, specify `PUBLIC_ENDPOINT`. If the external key store proxy uses a Amazon VPC endpoint service for communication with KMS, specify `VPC_ENDPOINT_SERVICE`. */
            XksProxyConnectivity?: components["schemas"]["XksProxyConnectivityType"];
        };
        CustomKeyStoreNameType: string;
        TrustAnchorCertificateType: string;
        KeyStorePasswordType: string;
        /** @enum {string} */
        CustomKeyStoreType: "AWS_CLOUDHSM" | "EXTERNAL_KEY_STORE";
        XksProxyUriEndpointType: string;
        XksProxyUriPathType: string;
        XksProxyVpcEndpointServiceNameType: string;
        AccountIdType: string;
        XksProxyAuthenticationCredentialType: {
            /** @description A unique identifier for the raw secret access key. */
            AccessKeyId: components["schemas"]["XksProxyAuthenticationAccessKeyIdType"];
            /** @description A secret string of 43-64 characters. Valid characters are a-z, A-Z, 0-9, /, +, and =. */
            RawSecretAccessKey: components["schemas"]["XksProxyAuthenticationRawSecretAccessKeyType"];
        };
        XksProxyAuthenticationAccessKeyIdType: string;
        XksProxyAuthenticationRawSecretAccessKeyType: string;
        /** @enum {string} */
        XksProxyConnectivityType: "PUBLIC_ENDPOINT" | "VPC_ENDPOINT_SERVICE";
        CreateCustomKeyStoreResponse: {
            /** @description A unique identifier for the new custom key store. */
            CustomKeyStoreId?: components["schemas"]["CustomKeyStoreIdType"];
        };
        ConnectCustomKeyStoreRequest: {
            /** @description Enter the key store ID of the custom key store that you want to connect. To find the ID of a custom key store, use the DescribeCustomKeyStores operation. */
            CustomKeyStoreId: components["schemas"]["CustomKeyStoreIdType"];
        };
        ConnectCustomKeyStoreResponse: Record<string, never>;
        DisconnectCustomKeyStoreRequest: {
            /** @description Enter the ID of the custom key store you want to disconnect. To find the ID of a custom key store, use the DescribeCustomKeyStores operation. */
            CustomKeyStoreId: components["schemas"]["CustomKeyStoreIdType"];
        };
        DisconnectCustomKeyStoreResponse: Record<string, never>;
        UpdateCustomKeyStoreRequest: {
            /** @description Identifies the custom key store that you want to update. Enter the ID of the custom key store. To find the ID of a custom key store, use the DescribeCustomKeyStores operation. */
            CustomKeyStoreId: components["schemas"]["CustomKeyStoreIdType"];
            /** @description Changes the friendly name of the custom key store to the value that you specify. The custom key store name must be unique in the Amazon Web Services account. Do not include confidential or sensitive information in this field. This field may be displayed in plaintext in CloudTrail logs and other output. To change this value, the custom key store can be connected or disconnected. */
            NewCustomKeyStoreName?: components["schemas"]["CustomKeyStoreNameType"];
            /** @description Enter the current password of the `kmsuser` crypto user (CU) in the CloudHSM cluster that is associated with the custom key store. This parameter is valid only for custom key stores with a `CustomKeyStoreType` of `AWS_CLOUDHSM`. This parameter tells KMS the current password of the `kmsuser` crypto user (CU). It does not set or change the password of any users in the CloudHSM cluster. */
            KeyStorePassword?: components["schemas"]["KeyStorePasswordType"];
            /** @description Associates the custom key store with a related CloudHSM cluster. This parameter is valid only for custom key stores with a `CustomKeyStoreType` of `AWS_CLOUDHSM`. Enter the cluster ID of the cluster that you used to create the custom key store or a cluster that shares a backup history and has the same cluster certificate as the original cluster. */
            CloudHsmClusterId?: components["schemas"]["CloudHsmClusterIdType"];
            /** @description Changes the URI endpoint that KMS uses to connect to your external key store proxy (XKS proxy). This parameter is valid only for custom key stores with a `CustomKeyStoreType` of `EXTERNAL_KEY_STORE`. For external key stores with an `XksProxyConnectivity` value of `PUBLIC_ENDPOINT`, the protocol must be HTTPS. */
            XksProxyUriEndpoint?: components["schemas"]["XksProxyUriEndpointType"];
            /** @description Changes the base path to the proxy APIs for this external key store. To find this value, see the documentation for your external key manager and external key store proxy (XKS proxy). This parameter is valid only for custom key stores with a `CustomKeyStoreType` of `EXTERNAL_KEY_STORE`. */
            XksProxyUriPath?: components["schemas"]["XksProxyUriPathType"];
            /** @description Changes the name that KMS uses to identify the Amazon VPC endpoint service for your external key store proxy (XKS proxy). This parameter is valid when the `CustomKeyStoreType` is `EXTERNAL_KEY_STORE` and the `XksProxyConnectivity` is `VPC_ENDPOINT_SERVICE`. To change this value, the external key store must be disconnected. */
            XksProxyVpcEndpointServiceName?: components["schemas"]["XksProxyVpcEndpointServiceNameType"];
            /** @description Changes the Amazon Web Services account ID that KMS uses to identify the Amazon VPC endpoint service for your external key store proxy (XKS proxy). This parameter is optional. If not specified, the current Amazon Web Services account ID for the VPC endpoint service will not be updated. To change this value, the external key store must be disconnected. */
            XksProxyVpcEndpointServiceOwner?: components["schemas"]["AccountIdType"];
            /** @description Changes the credentials that KMS uses to sign requests to the external key store proxy (XKS proxy). This parameter is valid only for custom key stores with a `CustomKeyStoreType` of `EXTERNAL_KEY_STORE`. You must specify both the `AccessKeyId` and `SecretAccessKey` value in the authentication credential, even if you are only updating one value. */
            XksProxyAuthenticationCredential?: components["schemas"]["XksProxyAuthenticationCredentialType"];
            /** @description Changes the connectivity setting for the external key store. To indicate that the external key store proxy uses a Amazon VPC endpoint service to communicate with KMS, specify `VPC_ENDPOINT_SERVICE`. Otherwise, specify `PUBLIC_ENDPOINT`. */
            XksProxyConnectivity?: components["schemas"]["XksProxyConnectivityType"];
        };
        UpdateCustomKeyStoreResponse: Record<string, never>;
        DeleteCustomKeyStoreRequest: {
            /** @description Enter the ID of the custom key store you want to delete. To find the ID of a custom key store, use the DescribeCustomKeyStores operation. */
            CustomKeyStoreId: components["schemas"]["CustomKeyStoreIdType"];
        };
        DeleteCustomKeyStoreResponse: Record<string, never>;
        DescribeCustomKeyStoresRequest: {
            /** @description Gets only information about the specified custom key store. Enter the key store ID. By default, this operation gets information about all custom key stores in the account and Region. To limit the output to a particular custom key store, provide either the `CustomKeyStoreId` or `CustomKeyStoreName` parameter, but not both. */
            CustomKeyStoreId?: components["schemas"]["CustomKeyStoreIdType"];
            /** @description Gets only information about the specified custom key store. Enter the friendly name of the custom key store. By default, this operation gets information about all custom key stores in the account and Region. To limit the output to a particular custom key store, provide either the `CustomKeyStoreId` or `CustomKeyStoreName` parameter, but not both. */
            CustomKeyStoreName?: components["schemas"]["CustomKeyStoreNameType"];
            /** @description Use this parameter to specify the maximum number of items to return. When this value is present, KMS does not return more than the specified number of items, but it might return fewer. */
            Limit?: components["schemas"]["LimitType"];
            /** @description Use this parameter in a subsequent request after you receive a response with truncated results. Set it to the value of `NextMarker` from the truncated response you just received. */
            Marker?: components["schemas"]["MarkerType"];
        };
        DescribeCustomKeyStoresResponse: {
            /** @description Contains metadata about each custom key store. */
            CustomKeyStores?: components["schemas"]["CustomKeyStoresList"];
            /** @description When `Truncated` is true, this element is present and contains the value to use for the `Marker` parameter in a subsequent request. */
            NextMarker?: components["schemas"]["MarkerType"];
            /** @description A flag that indicates whether there are more items in the list. When this value is true, the list in this response is truncated. To get more items, pass the value of the `NextMarker` element in this response to the `Marker` parameter in a subsequent request. */
            Truncated?: components["schemas"]["BooleanType"];
        };
        CustomKeyStoresList: components["schemas"]["CustomKeyStoresListEntry"][];
        CustomKeyStoresListEntry: {
            /** @description A unique identifier for the custom key store. */
            CustomKeyStoreId?: components["schemas"]["CustomKeyStoreIdType"];
            /** @description The user-specified friendly name for the custom key store. */
            CustomKeyStoreName?: components["schemas"]["CustomKeyStoreNameType"];
            /** @description A unique identifier for the CloudHSM cluster that is associated with an CloudHSM key store. This field appears only when the `CustomKeyStoreType` is `AWS_CLOUDHSM`. */
            CloudHsmClusterId?: components["schemas"]["CloudHsmClusterIdType"];
            /** @description The trust anchor certificate of the CloudHSM cluster associated with an CloudHSM key store. When you initialize the cluster , you create this certificate and save it in the `customerCA.crt` file. This field appears only when the `CustomKeyStoreType` is `AWS_CLOUDHSM`. */
            TrustAnchorCertificate?: components["schemas"]["TrustAnchorCertificateType"];
            /** @description Indicates whether the custom key store is connected to its backing key store. For an CloudHSM key store, the `ConnectionState` indicates whether it is connected to its CloudHSM cluster. For an external key store, the `ConnectionState` indicates whether it is connected to the external key store proxy that communicates with your external key manager. */
            ConnectionState?: components["schemas"]["ConnectionStateType"];
            /** @description Describes the connection error. This field appears in the response only when the `ConnectionState` is `FAILED`. Many failures can be resolved by updating the properties of the custom key store. To update a custom key store, disconnect it ( DisconnectCustomKeyStore ), correct the errors ( UpdateCustomKeyStore ), and try to connect again ( ConnectCustomKeyStore ). */
            ConnectionErrorCode?: components["schemas"]["ConnectionErrorCodeType"];
            /** @description The date and time when the custom key store was created. */
            CreationDate?: components["schemas"]["DateType"];
            /** @description Indicates the type of the custom key store. `AWS_CLOUDHSM` indicates a custom key store backed by an CloudHSM cluster. `EXTERNAL_KEY_STORE` indicates a custom key store backed by an external key store proxy and external key manager outside of Amazon Web Services. */
            CustomKeyStoreType?: components["schemas"]["CustomKeyStoreType"];
            /** @description Configuration settings for the external key store proxy (XKS proxy). The external key store proxy translates KMS requests into a format that your external key manager can understand. The proxy configuration includes connection information that KMS requires. This field appears only when the `CustomKeyStoreType` is `EXTERNAL_KEY_STORE`. */
            XksProxyConfiguration?: components["schemas"]["XksProxyConfigurationType"];
        };
        /** @enum {string} */
        ConnectionStateType: "CONNECTED" | "CONNECTING" | "FAILED" | "DISCONNECTED" | "DISCONNECTING";
        /** @enum {string} */
        ConnectionErrorCodeType: "INVALID_CREDENTIALS" | "CLUSTER_NOT_FOUND" | "NETWORK_ERRORS" | "INTERNAL_ERROR" | "INSUFFICIENT_CLOUDHSM_HSMS" | "USER_LOCKED_OUT" | "USER_NOT_FOUND" | "USER_LOGGED_IN" | "SUBNET_NOT_FOUND" | "INSUFFICIENT_FREE_ADDRESSES_IN_SUBNET" | "XKS_PROXY_ACCESS_DENIED" | "XKS_PROXY_NOT_REACHABLE" | "XKS_VPC_ENDPOINT_SERVICE_NOT_FOUND" | "XKS_PROXY_INVALID_RESPONSE" | "XKS_PROXY_INVALID_CONFIGURATION" | "XKS_VPC_ENDPOINT_SERVICE_INVALID_CONFIGURATION" | "XKS_PROXY_TIMED_OUT" | "XKS_PROXY_INVALID_TLS_CONFIGURATION";
        XksProxyConfigurationType: {
            /** @description Indicates whether the external key store proxy uses a public endpoint or an Amazon VPC endpoint service to communicate with KMS. */
            Connectivity?: components["schemas"]["XksProxyConnectivityType"];
            /** @description The part of the external key store proxy authentication credential that uniquely identifies the secret access key. */
            AccessKeyId?: components["schemas"]["XksProxyAuthenticationAccessKeyIdType"];
            /** @description The URI endpoint for the external key store proxy. If the external key store proxy has a public endpoint, it is displayed here. If the external key store proxy uses an Amazon VPC endpoint service name, this field displays the private DNS name associated with the VPC endpoint service. */
            UriEndpoint?: components["schemas"]["XksProxyUriEndpointType"];
            /** @description The path to the external key store proxy APIs. */
            UriPath?: components["schemas"]["XksProxyUriPathType"];
            /** @description The Amazon VPC endpoint service used to communicate with the external key store proxy. This field appears only when the external key store proxy uses an Amazon VPC endpoint service to communicate with KMS. */
            VpcEndpointServiceName?: components["schemas"]["XksProxyVpcEndpointServiceNameType"];
            /** @description The Amazon Web Services account ID that owns the Amazon VPC endpoint service used to communicate with the external key store proxy (XKS). This field appears only when the XKS uses an VPC endpoint service to communicate with KMS. */
            VpcEndpointServiceOwner?: components["schemas"]["AccountIdType"];
        };
        GetKeyLastUsageRequest: {
            /** @description Identifies the KMS key to get usage information for. To specify a KMS key, use its key ID or key ARN. Alias names are not supported. Specify the key ID or key ARN of the KMS key. For example: Key ID: `1234abcd-12ab-34cd-56ef-1234567890ab` Key ARN: `arn:aws:kms:us-east-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab` To get the key ID and key ARN for a KMS key, use ListKeys or DescribeKey . */
            KeyId: components["schemas"]["KeyIdType"];
        };
        GetKeyLastUsageResponse: {
            /** @description The globally unique identifier for the KMS key. */
            KeyId?: components["schemas"]["KeyIdType"];
            /** @description Contains usage information about the last time the KMS key was used for a successful cryptographic operation. If the key has not been used since tracking began, this response element is empty. */
            KeyLastUsage?: components["schemas"]["KeyLastUsageData"];
            /** @description The date from which KMS began recording cryptographic activity for this key, or the date the KMS key was created, whichever is later. */
            TrackingStartDate?: components["schemas"]["DateType"];
            /** @description The date and time when the KMS key was created. */
            KeyCreationDate?: components["schemas"]["DateType"];
        };
        KeyLastUsageData: {
            /** @description The last successful cryptographic operation the KMS key was used for. Absent if the key has not been used since KMS began tracking. */
            Operation?: components["schemas"]["KeyLastUsageTrackingOperation"];
            /** @description The date and time when the KMS key was most recently used for a successful cryptographic operation. Absent if the key has not been used since KMS began tracking. */
            Timestamp?: components["schemas"]["DateType"];
            /** @description The CloudTrail `eventId` associated with the last successful cryptographic operation. Absent if the key has not been used since KMS began tracking. */
            CloudTrailEventId?: components["schemas"]["CloudTrailEventIdType"];
            /** @description The KMS request ID associated with the last successful cryptographic operation. Absent if the key has not been used since KMS began tracking. */
            KmsRequestId?: components["schemas"]["KmsRequestIdType"];
        };
        /** @enum {string} */
        KeyLastUsageTrackingOperation: "Decrypt" | "DeriveSharedSecret" | "Encrypt" | "GenerateDataKey" | "GenerateDataKeyPair" | "GenerateDataKeyPairWithoutPlaintext" | "GenerateDataKeyWithoutPlaintext" | "GenerateMac" | "ReEncrypt" | "Sign" | "Verify" | "VerifyMac";
        CloudTrailEventIdType: string;
        KmsRequestIdType: string;
        GetParametersForImportRequest: {
            /** @description The identifier of the KMS key that will be associated with the imported key material. The `Origin` of the KMS key must be `EXTERNAL`. All KMS key types are supported, including multi-Region keys. However, you cannot import key material into a KMS key in a custom key store. Specify the key ID or key ARN of the KMS key. */
            KeyId: components["schemas"]["KeyIdType"];
            /** @description The algorithm you will use with the RSA public key (`PublicKey`) in the response to protect your key material during import. For more information, see Select a wrapping algorithm in the Key Management Service Developer Guide . For RSA_AES wrapping algorithms, you encrypt your key material with an AES key that you generate, then encrypt your AES key with the RSA public key from KMS. */
            WrappingAlgorithm: components["schemas"]["AlgorithmSpec"];
            /** @description The type of RSA public key to return in the response. You will use this wrapping key with the specified wrapping algorithm to protect your key material during import. Use the longest RSA wrapping key that is practical. You cannot use an RSA_2048 public key to directly wrap an ECC_NIST_P521 private key. Instead, use an RSA_AES wrapping algorithm or choose a longer RSA public key. */
            WrappingKeySpec: components["schemas"]["WrappingKeySpec"];
        };
        /** @enum {string} */
        AlgorithmSpec: "RSAES_PKCS1_V1_5" | "RSAES_OAEP_SHA_1" | "RSAES_OAEP_SHA_256" | "RSA_AES_KEY_WRAP_SHA_1" | "RSA_AES_KEY_WRAP_SHA_256" | "SM2PKE";
        /** @enum {string} */
        WrappingKeySpec: "RSA_2048" | "RSA_3072" | "RSA_4096" | "SM2";
        GetParametersForImportResponse: {
            /** @description The Amazon Resource Name ( key ARN ) of the KMS key to use in a subsequent ImportKeyMaterial request. This is the same KMS key specified in the `GetParametersForImport` request. */
            KeyId?: components["schemas"]["KeyIdType"];
            /** @description The import token to send in a subsequent ImportKeyMaterial request. */
            ImportToken?: components["schemas"]["CiphertextType"];
            /** @description The public key to use to encrypt the key material before importing it with ImportKeyMaterial . */
            PublicKey?: components["schemas"]["PlaintextType"];
            /** @description The time at which the import token and public key are no longer valid. After this time, you cannot use them to make an ImportKeyMaterial request and you must send another `GetParametersForImport` request to get new ones. */
            ParametersValidTo?: components["schemas"]["DateType"];
        };
        ImportKeyMaterialRequest: {
            /** @description The identifier of the KMS key that will be associated with the imported key material. This must be the same KMS key specified in the `KeyID` parameter of the corresponding GetParametersForImport request. The `Origin` of the KMS key must be `EXTERNAL` and its `KeyState` must be `PendingImport`. */
            KeyId: components["schemas"]["KeyIdType"];
            /** @description The import token that you received in the response to a previous GetParametersForImport request. It must be from the same response that contained the public key that you used to encrypt the key material. */
            ImportToken: components["schemas"]["CiphertextType"];
            /** @description The encrypted key material to import. The key material must be encrypted under the public wrapping key that GetParametersForImport returned, using the wrapping algorithm that you specified in the same `GetParametersForImport` request. */
            EncryptedKeyMaterial: components["schemas"]["CiphertextType"];
            /** @description The date and time when the imported key material expires. This parameter is required when the value of the `ExpirationModel` parameter is `KEY_MATERIAL_EXPIRES`. Otherwise it is not valid. The value of this parameter must be a future date and time. The maximum value is 365 days from the request date. When the key material expires, KMS deletes the key material from the KMS key. */
            ValidTo?: components["schemas"]["DateType"];
            /** @description Specifies whether the key material expires. The default is `KEY_MATERIAL_EXPIRES`. For help with this choice, see Setting an expiration time in the Key Management Service Developer Guide . When the value of `ExpirationModel` is `KEY_MATERIAL_EXPIRES`, you must specify a value for the `ValidTo` parameter. When value is `KEY_MATERIAL_DOES_NOT_EXPIRE`, you must omit the `ValidTo` parameter. */
            ExpirationModel?: components["schemas"]["ExpirationModelType"];
            /** @description Indicates whether the key material being imported is previously associated with this KMS key or not. This parameter is optional and only usable with symmetric encryption keys. If no key material has ever been imported into the KMS key, and this parameter is omitted, the parameter defaults to `NEW_KEY_MATERIAL`. */
            ImportType?: components["schemas"]["ImportType"];
            /** @description Description for the key material being imported. This parameter is optional and only usable with symmetric encryption keys. If you do not specify a key material description, KMS retains the value you specified when you last imported the same key material into this KMS key. */
            KeyMaterialDescription?: components["schemas"]["KeyMaterialDescriptionType"];
            /** @description Identifies the key material being imported. This parameter is optional and only usable with symmetric encryption keys. You cannot specify a key material ID with `ImportType` set to `NEW_KEY_MATERIAL`. Whenever you import key material into a symmetric encryption key, KMS assigns a unique identifier to the key material based on the KMS key ID and the imported key material. */
            KeyMaterialId?: components["schemas"]["BackingKeyIdType"];
        };
        /** @enum {string} */
        ImportType: "NEW_KEY_MATERIAL" | "EXISTING_KEY_MATERIAL";
        ImportKeyMaterialResponse: {
            /** @description The Amazon Resource Name ( key ARN ) of the KMS key into which key material was imported. */
            KeyId?: components["schemas"]["KeyIdType"];
            /** @description Identifies the imported key material. */
            KeyMaterialId?: components["schemas"]["BackingKeyIdType"];
        };
        DeleteImportedKeyMaterialRequest: {
            /** @description Identifies the KMS key from which you are deleting imported key material. The `Origin` of the KMS key must be `EXTERNAL`. Specify the key ID or key ARN of the KMS key. For example: Key ID: `1234abcd-12ab-34cd-56ef-1234567890ab` Key ARN: `arn:aws:kms:us-east-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab` To get the key ID and key ARN for a KMS key, use ListKeys or DescribeKey . */
            KeyId: components["schemas"]["KeyIdType"];
            /** @description Identifies the imported key material you are deleting. If no KeyMaterialId is specified, KMS deletes the current key material. To get the list of key material IDs associated with a KMS key, use ListKeyRotations . */
            KeyMaterialId?: components["schemas"]["BackingKeyIdType"];
        };
        DeleteImportedKeyMaterialResponse: {
            /** @description The Amazon Resource Name ( key ARN ) of the KMS key from which the key material was deleted. */
            KeyId?: components["schemas"]["KeyIdType"];
            /** @description Identifies the deleted key material. */
            KeyMaterialId?: components["schemas"]["BackingKeyIdResponseType"];
        };
        BackingKeyIdResponseType: string;
        CreateGrantRequest: {
            /** @description Identifies the KMS key for the grant. Specify the key ID or key ARN of the KMS key. */
            KeyId: components["schemas"]["KeyIdType"];
            /** @description The identity that gets the permissions specified in the grant, as the ARN of an AWS principal. You must specify either `GranteePrincipal` or `GranteeServicePrincipal`, but not both. */
            GranteePrincipal?: components["schemas"]["PrincipalIdType"];
            /** @description The principal that has permission to use the RetireGrant operation to retire the grant. You can specify either `RetiringPrincipal` or `RetiringServicePrincipal`, but not both. */
            RetiringPrincipal?: components["schemas"]["PrincipalIdType"];
            /** @description A list of operations that the grant permits. The operations must be supported on the KMS key. */
            Operations: components["schemas"]["GrantOperationList"];
            /** @description Specifies a grant constraint. */
            Constraints?: components["schemas"]["GrantConstraints"];
            /** @description A list of grant tokens. */
            GrantTokens?: components["schemas"]["GrantTokenList"];
            /** @description A friendly name for the grant. A retry with the same name and the same parameters returns the original `GrantId` instead of creating a new grant. */
            Name?: components["schemas"]["GrantNameType"];
            /** @description Checks if your request will succeed. */
            DryRun?: components["schemas"]["NullableBooleanType"];
            /** @description The AWS service principal that gets the permissions specified in the grant. It needs a `SourceArn` constraint and a retiring principal. */
            GranteeServicePrincipal?: components["schemas"]["ServicePrincipalType"];
            /** @description The AWS service principal that has permission to use the RetireGrant operation to retire the grant. */
            RetiringServicePrincipal?: components["schemas"]["ServicePrincipalType"];
        };
        PrincipalIdType: string;
        ServicePrincipalType: string;
        GrantOperationList: components["schemas"]["GrantOperation"][];
        /** @enum {string} */
        GrantOperation: "Decrypt" | "Encrypt" | "GenerateDataKey" | "GenerateDataKeyWithoutPlaintext" | "ReEncryptFrom" | "ReEncryptTo" | "Sign" | "Verify" | "GetPublicKey" | "CreateGrant" | "RetireGrant" | "DescribeKey" | "GenerateDataKeyPair" | "GenerateDataKeyPairWithoutPlaintext" | "GenerateMac" | "VerifyMac" | "DeriveSharedSecret";
        /** @description The conditions under which the grant's operations are allowed. */
        GrantConstraints: {
            /** @description Key-value pairs that must be included in the encryption context of the cryptographic operation request. */
            EncryptionContextSubset?: components["schemas"]["EncryptionContextType"];
            /** @description Key-value pairs that must match the encryption context of the cryptographic operation request. */
            EncryptionContextEquals?: components["schemas"]["EncryptionContextType"];
            /** @description The ARN of the AWS resource on behalf of which the request is made. */
            SourceArn?: components["schemas"]["GrantConstraintSourceArnType"];
        };
        GrantConstraintSourceArnType: string;
        GrantNameType: string;
        GrantIdType: string;
        CreateGrantResponse: {
            /** @description The grant token. Use it in `GrantTokens` to use the grant's permissions at once. */
            GrantToken?: components["schemas"]["GrantTokenType"];
            /** @description The unique identifier for the grant. */
            GrantId?: components["schemas"]["GrantIdType"];
        };
        ListGrantsRequest: {
            /** @description The maximum number of items to return, between 1 and 100 inclusive; 50 when absent. */
            Limit?: components["schemas"]["LimitType"];
            /** @description Use this parameter in a subsequent request after you receive a response with truncated results. Set it to the value of `NextMarker` from the truncated response you just received. */
            Marker?: components["schemas"]["MarkerType"];
            /** @description Returns only grants for the specified KMS key. Specify the key ID or key ARN of the KMS key. */
            KeyId: components["schemas"]["KeyIdType"];
            /** @description Returns only the grant with the specified grant ID. */
            GrantId?: components["schemas"]["GrantIdType"];
            /** @description Returns only grants where the specified principal is the grantee principal for the grant. */
            GranteePrincipal?: components["schemas"]["PrincipalIdType"];
            /** @description Returns only grants where the specified AWS service principal is the grantee service principal for the grant. */
            GranteeServicePrincipal?: components["schemas"]["ServicePrincipalType"];
        };
        ListGrantsResponse: {
            /** @description A list of grants. */
            Grants?: components["schemas"]["GrantList"];
            /** @description When `Truncated` is true, this element is present and contains the value to use for the `Marker` parameter in a subsequent request. */
            NextMarker?: components["schemas"]["MarkerType"];
            /** @description A flag that indicates whether there are more items in the list. When this value is true, the list in this response is truncated. */
            Truncated?: components["schemas"]["BooleanType"];
        };
        GrantList: components["schemas"]["GrantListEntry"][];
        /** @description Contains information about a grant. */
        GrantListEntry: {
            /** @description The unique identifier for the KMS key to which the grant applies. */
            KeyId?: components["schemas"]["KeyIdType"];
            /** @description The unique identifier for the grant. */
            GrantId?: components["schemas"]["GrantIdType"];
            /** @description The friendly name that identifies the grant. */
            Name?: components["schemas"]["GrantNameType"];
            /** @description The date and time when the grant was created. */
            CreationDate?: components["schemas"]["DateType"];
            /** @description The identity that gets the permissions in the grant. */
            GranteePrincipal?: components["schemas"]["PrincipalIdType"];
            /** @description The principal that can retire the grant. */
            RetiringPrincipal?: components["schemas"]["PrincipalIdType"];
            /** @description The Amazon Web Services account under which the grant was issued. */
            IssuingAccount?: components["schemas"]["PrincipalIdType"];
            /** @description The list of operations permitted by the grant. */
            Operations?: components["schemas"]["GrantOperationList"];
            /** @description A list of key-value pairs that must be present in the encryption context of certain subsequent operations that the grant allows. */
            Constraints?: components["schemas"]["GrantConstraints"];
            /** @description The AWS service principal that gets the permissions in the grant. */
            GranteeServicePrincipal?: components["schemas"]["ServicePrincipalType"];
            /** @description The AWS service principal that can retire the grant. */
            RetiringServicePrincipal?: components["schemas"]["ServicePrincipalType"];
        };
        ListRetirableGrantsRequest: {
            /** @description The maximum number of items to return, between 1 and 100 inclusive; 50 when absent. */
            Limit?: components["schemas"]["LimitType"];
            /** @description Use this parameter in a subsequent request after you receive a response with truncated results. Set it to the value of `NextMarker` from the truncated response you just received. */
            Marker?: components["schemas"]["MarkerType"];
            /** @description The retiring principal for which to list grants, as the ARN of an AWS principal. Specify either `RetiringPrincipal` or `RetiringServicePrincipal`, but not both. */
            RetiringPrincipal?: components["schemas"]["PrincipalIdType"];
            /** @description The retiring service principal for which to list grants. */
            RetiringServicePrincipal?: components["schemas"]["ServicePrincipalType"];
        };
        RetireGrantRequest: {
            /** @description Identifies the grant to be retired, by a token CreateGrant returned. */
            GrantToken?: components["schemas"]["GrantTokenType"];
            /** @description The key ARN of the KMS key associated with the grant (with `GrantId`). */
            KeyId?: components["schemas"]["KeyIdType"];
            /** @description Identifies the grant to retire (with `KeyId`). */
            GrantId?: components["schemas"]["GrantIdType"];
            /** @description Checks if your request will succeed. */
            DryRun?: components["schemas"]["NullableBooleanType"];
        };
        RevokeGrantRequest: {
            /** @description A unique identifier for the KMS key associated with the grant. Specify the key ID or key ARN of the KMS key. */
            KeyId: components["schemas"]["KeyIdType"];
            /** @description Identifies the grant to revoke. */
            GrantId: components["schemas"]["GrantIdType"];
            /** @description Checks if your request will succeed. */
            DryRun?: components["schemas"]["NullableBooleanType"];
        };
        /**
         * @description The error body of AWS JSON 1.1. `__type` names the error; it may carry a namespace
         *     (`com.amazonaws.kms#NotFoundException`) or a suffix after `:`, which clients strip.
         */
        ErrorBody: {
            __type: string;
            message?: string;
            Message?: string;
        };
        ReplicateKeyRequest: {
            /** @description Identifies the multi-Region primary key that is being replicated. Specify the key ID or key ARN of a multi-Region primary key. */
            KeyId: components["schemas"]["KeyIdType"];
            /** @description The Region ID of the Amazon Web Services Region for this replica key, such as `us-east-1` or `ap-southeast-2`. It must differ from the Region of the primary key and of its other replicas, in the same partition. */
            ReplicaRegion: components["schemas"]["RegionType"];
            /** @description The key policy to attach to the replica key; the default key policy when omitted. Not a shared property of multi-Region keys. */
            Policy?: components["schemas"]["PolicyType"];
            /** @description Skips ("bypasses") the key policy lockout safety check. The default value is false. */
            BypassPolicyLockoutSafetyCheck?: components["schemas"]["BooleanType"];
            /** @description A description of the replica key; the default is an empty string. Not a shared property of multi-Region keys. */
            Description?: components["schemas"]["DescriptionType"];
            /** @description Tags for the replica key. Not a shared property of multi-Region keys. */
            Tags?: components["schemas"]["TagList"];
        };
        ReplicateKeyResponse: {
            /** @description Details about the new replica key, including the ARN and Region of its primary key and of every replica key. */
            ReplicaKeyMetadata?: components["schemas"]["KeyMetadata"];
            /** @description The key policy of the new replica key, a JSON document. */
            ReplicaPolicy?: components["schemas"]["PolicyType"];
            /** @description The tags on the new replica key. */
            ReplicaTags?: components["schemas"]["TagList"];
        };
        UpdatePrimaryRegionRequest: {
            /** @description Identifies the current primary key, which becomes a replica key. Specify the key ID or key ARN of a multi-Region primary key. */
            KeyId: components["schemas"]["KeyIdType"];
            /** @description The Region of the new primary key, such as `us-east-1`. There must be an existing replica key in this Region. */
            PrimaryRegion: components["schemas"]["RegionType"];
        };
    };
    responses: never;
    parameters: {
        TargetGenerateDataKey: "TrentService.GenerateDataKey";
        TargetGenerateDataKeyWithoutPlaintext: "TrentService.GenerateDataKeyWithoutPlaintext";
        TargetDecrypt: "TrentService.Decrypt";
        TargetEncrypt: "TrentService.Encrypt";
        TargetReEncrypt: "TrentService.ReEncrypt";
        TargetGenerateRandom: "TrentService.GenerateRandom";
        TargetCreateKey: "TrentService.CreateKey";
        TargetDescribeKey: "TrentService.DescribeKey";
        TargetListKeys: "TrentService.ListKeys";
        TargetEnableKey: "TrentService.EnableKey";
        TargetDisableKey: "TrentService.DisableKey";
        TargetScheduleKeyDeletion: "TrentService.ScheduleKeyDeletion";
        TargetCancelKeyDeletion: "TrentService.CancelKeyDeletion";
        TargetEnableKeyRotation: "TrentService.EnableKeyRotation";
        TargetDisableKeyRotation: "TrentService.DisableKeyRotation";
        TargetGetKeyRotationStatus: "TrentService.GetKeyRotationStatus";
        TargetRotateKeyOnDemand: "TrentService.RotateKeyOnDemand";
        TargetListKeyRotations: "TrentService.ListKeyRotations";
        TargetCreateAlias: "TrentService.CreateAlias";
        TargetDeleteAlias: "TrentService.DeleteAlias";
        TargetListAliases: "TrentService.ListAliases";
        TargetGetPublicKey: "TrentService.GetPublicKey";
        TargetSign: "TrentService.Sign";
        TargetVerify: "TrentService.Verify";
        TargetGenerateMac: "TrentService.GenerateMac";
        TargetVerifyMac: "TrentService.VerifyMac";
        TargetGenerateDataKeyPair: "TrentService.GenerateDataKeyPair";
        TargetGenerateDataKeyPairWithoutPlaintext: "TrentService.GenerateDataKeyPairWithoutPlaintext";
        TargetDeriveSharedSecret: "TrentService.DeriveSharedSecret";
        TargetTagResource: "TrentService.TagResource";
        TargetUntagResource: "TrentService.UntagResource";
        TargetListResourceTags: "TrentService.ListResourceTags";
        TargetUpdateAlias: "TrentService.UpdateAlias";
        TargetUpdateKeyDescription: "TrentService.UpdateKeyDescription";
        TargetGetKeyPolicy: "TrentService.GetKeyPolicy";
        TargetPutKeyPolicy: "TrentService.PutKeyPolicy";
        TargetListKeyPolicies: "TrentService.ListKeyPolicies";
        TargetCreateCustomKeyStore: "TrentService.CreateCustomKeyStore";
        TargetConnectCustomKeyStore: "TrentService.ConnectCustomKeyStore";
        TargetDisconnectCustomKeyStore: "TrentService.DisconnectCustomKeyStore";
        TargetUpdateCustomKeyStore: "TrentService.UpdateCustomKeyStore";
        TargetDeleteCustomKeyStore: "TrentService.DeleteCustomKeyStore";
        TargetDescribeCustomKeyStores: "TrentService.DescribeCustomKeyStores";
        TargetGetKeyLastUsage: "TrentService.GetKeyLastUsage";
        TargetReplicateKey: "TrentService.ReplicateKey";
        TargetUpdatePrimaryRegion: "TrentService.UpdatePrimaryRegion";
        TargetGetParametersForImport: "TrentService.GetParametersForImport";
        TargetImportKeyMaterial: "TrentService.ImportKeyMaterial";
        TargetDeleteImportedKeyMaterial: "TrentService.DeleteImportedKeyMaterial";
        TargetCreateGrant: "TrentService.CreateGrant";
        TargetListGrants: "TrentService.ListGrants";
        TargetListRetirableGrants: "TrentService.ListRetirableGrants";
        TargetRetireGrant: "TrentService.RetireGrant";
        TargetRevokeGrant: "TrentService.RevokeGrant";
    };
    requestBodies: never;
    headers: {
        /** @description Request id (a UUID), on every reply, success or error. */
        RequestId: string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    GenerateDataKey: {
        parameters: {
            query?: never;
            header: {
                "X-Amz-Target": components["parameters"]["TargetGenerateDataKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-amz-json-1.1": components["schemas"]["GenerateDataKeyRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-amzn-RequestId": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/x-amz-json-1.1": components["schemas"]["GenerateDataKeyResponse"];
                };
            };
            /** @description Client error. */
            400: {
                headers: {
                    "x-amzn-RequestId": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/x-amz-json-1.1": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Server fault (retryable). */
            500: {
                headers: {
                    "x-amzn-RequestId": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/x-amz-json-1.1": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    GenerateDataKeyWithoutPlaintext: {
        parameters: {
            query?: never;
            header: {
                "X-Amz-Target": components["parameters"]["TargetGenerateDataKeyWithoutPlaintext"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-amz-json-1.1": components["schemas"]["GenerateDataKeyWithoutPlaintextRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-amzn-RequestId": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/x-amz-json-1.1": components["schemas"]["GenerateDataKeyWithoutPlaintextResponse"];
                };
            };
            /** @description Client error. */
            400: {
                headers: {
                    "x-amzn-RequestId": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/x-amz-json-1.1": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Server fault (retryable). */
            500: {
                headers: {
                    "x-amzn-RequestId": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/x-amz-json-1.1": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    Decrypt: {
        parameters: {
            query?: never;
            header: {
                "X-Amz-Target": components["parameters"]["TargetDecrypt"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-amz-json-1.1": components["schemas"]["DecryptRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-amzn-RequestId": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/x-amz-json-1.1": components["schemas"]["DecryptResponse"];
                };
            };
            /** @description Client error. */
            400: {
                headers: {
                    "x-amzn-RequestId": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/x-amz-json-1.1": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Server fault (retryable). */
            500: {
                headers: {
                    "x-amzn-RequestId": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/x-amz-json-1.1": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    Encrypt: {
        parameters: {
            query?: never;
            header: {
                "X-Amz-Target": components["parameters"]["TargetEncrypt"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-amz-json-1.1": components["schemas"]["EncryptRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-amzn-RequestId": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/x-amz-json-1.1": components["schemas"]["EncryptResponse"];
                };
            };
            /** @description Client error. */
            400: {
                headers: {
                    "x-amzn-RequestId": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/x-amz-json-1.1": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Server fault (retryable). */
            500: {
                headers: {
                    "x-amzn-RequestId": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/x-amz-json-1.1": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ReEncrypt: {
        parameters: {
            query?: never;
            header: {
                "X-Amz-Target": components["parameters"]["TargetReEncrypt"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-amz-json-1.1": components["schemas"]["ReEncryptRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-amzn-RequestId": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/x-amz-json-1.1": components["schemas"]["ReEncryptResponse"];
                };
            };
            /** @description Client error. */
            400: {
                headers: {
                    "x-amzn-RequestId": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/x-amz-json-1.1": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Server fault (retryable). */
            500: {
                headers: {
                    "x-amzn-RequestId": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/x-amz-json-1.1": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    GenerateRandom: {
        parameters: {
            query?: never;
            header: {
                "X-Amz-Target": components["parameters"]["TargetGenerateRandom"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-amz-json-1.1": components["schemas"]["GenerateRandomRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-amzn-RequestId": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/x-amz-json-1.1": components["schemas"]["GenerateRandomResponse"];
                };
            };
            /** @description Client error. */
            400: {
                headers: {
                    "x-amzn-RequestId": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/x-amz-json-1.1": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Server fault (retryable). */
            500: {
                headers: {
                    "x-amzn-RequestId": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/x-amz-json-1.1": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    CreateKey: {
        parameters: {
            query?: never;
            header: {
                "X-Amz-Target": components["parameters"]["TargetCreateKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-amz-json-1.1": components["schemas"]["CreateKeyRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-amzn-RequestId": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/x-amz-json-1.1": components["schemas"]["CreateKeyResponse"];
                };
            };
            /** @description Client error. */
            400: {
                headers: {
                    "x-amzn-RequestId": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/x-amz-json-1.1": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Server fault (retryable). */
            500: {
                headers: {
                    "x-amzn-RequestId": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/x-amz-json-1.1": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    DescribeKey: {
        parameters: {
            query?: never;
            header: {
                "X-Amz-Target": components["parameters"]["TargetDescribeKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-amz-json-1.1": components["schemas"]["DescribeKeyRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-amzn-RequestId": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/x-amz-json-1.1": components["schemas"]["DescribeKeyResponse"];
                };
            };
            /** @description Client error. */
            400: {
                headers: {
                    "x-amzn-RequestId": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/x-amz-json-1.1": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Server fault (retryable). */
            500: {
                headers: {
                    "x-amzn-RequestId": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/x-amz-json-1.1": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ListKeys: {
        parameters: {
            query?: never;
            header: {
                "X-Amz-Target": components["parameters"]["TargetListKeys"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-amz-json-1.1": components["schemas"]["ListKeysRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-amzn-RequestId": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/x-amz-json-1.1": components["schemas"]["ListKeysResponse"];
                };
            };
            /** @description Client error. */
            400: {
                headers: {
                    "x-amzn-RequestId": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/x-amz-json-1.1": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Server fault (retryable). */
            500: {
                headers: {
                    "x-amzn-RequestId": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/x-amz-json-1.1": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    EnableKey: {
        parameters: {
            query?: never;
            header: {
                "X-Amz-Target": components["parameters"]["TargetEnableKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-amz-json-1.1": components["schemas"]["EnableKeyRequest"];
            };
        };
        responses: {
            /** @description Success. The body is empty (clients also accept `{}`). */
            200: {
                headers: {
                    "x-amzn-RequestId": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Client error. */
            400: {
                headers: {
                    "x-amzn-RequestId": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/x-amz-json-1.1": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Server fault (retryable). */
            500: {
                headers: {
                    "x-amzn-RequestId": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/x-amz-json-1.1": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    DisableKey: {
        parameters: {
            query?: never;
            header: {
                "X-Amz-Target": components["parameters"]["TargetDisableKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-amz-json-1.1": components["schemas"]["DisableKeyRequest"];
            };
        };
        responses: {
            /** @description Success. The body is empty (clients also accept `{}`). */
            200: {
                headers: {
                    "x-amzn-RequestId": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Client error. */
            400: {
                headers: {
                    "x-amzn-RequestId": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/x-amz-json-1.1": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Server fault (retryable). */
            500: {
                headers: {
                    "x-amzn-RequestId": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/x-amz-json-1.1": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ScheduleKeyDeletion: {
        parameters: {
            query?: never;
            header: {
                "X-Amz-Target": components["parameters"]["TargetScheduleKeyDeletion"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-amz-json-1.1": components["schemas"]["ScheduleKeyDeletionRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-amzn-RequestId": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/x-amz-json-1.1": components["schemas"]["ScheduleKeyDeletionResponse"];
                };
            };
            /** @description Client error. */
            400: {
                headers: {
                    "x-amzn-RequestId": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/x-amz-json-1.1": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Server fault (retryable). */
            500: {
                headers: {
                    "x-amzn-RequestId": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/x-amz-json-1.1": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    CancelKeyDeletion: {
        parameters: {
            query?: never;
            header: {
                "X-Amz-Target": components["parameters"]["TargetCancelKeyDeletion"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-amz-json-1.1": components["schemas"]["CancelKeyDeletionRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-amzn-RequestId": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/x-amz-json-1.1": components["schemas"]["CancelKeyDeletionResponse"];
                };
            };
            /** @description Client error. */
            400: {
                headers: {
                    "x-amzn-RequestId": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/x-amz-json-1.1": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Server fault (retryable). */
            500: {
                headers: {
                    "x-amzn-RequestId": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/x-amz-json-1.1": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    EnableKeyRotation: {
        parameters: {
            query?: never;
            header: {
                "X-Amz-Target": components["parameters"]["TargetEnableKeyRotation"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-amz-json-1.1": components["schemas"]["EnableKeyRotationRequest"];
            };
        };
        responses: {
            /** @description Success. The body is empty (clients also accept `{}`). */
            200: {
                headers: {
                    "x-amzn-RequestId": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Client error. */
            400: {
                headers: {
                    "x-amzn-RequestId": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/x-amz-json-1.1": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Server fault (retryable). */
            500: {
                headers: {
                    "x-amzn-RequestId": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/x-amz-json-1.1": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    DisableKeyRotation: {
        parameters: {
            query?: never;
            header: {
                "X-Amz-Target": components["parameters"]["TargetDisableKeyRotation"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-amz-json-1.1": components["schemas"]["DisableKeyRotationRequest"];
            };
        };
        responses: {
            /** @description Success. The body is empty (clients also accept `{}`). */
            200: {
                headers: {
                    "x-amzn-RequestId": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Client error. */
            400: {
                headers: {
                    "x-amzn-RequestId": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/x-amz-json-1.1": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Server fault (retryable). */
            500: {
                headers: {
                    "x-amzn-RequestId": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/x-amz-json-1.1": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    GetKeyRotationStatus: {
        parameters: {
            query?: never;
            header: {
                "X-Amz-Target": components["parameters"]["TargetGetKeyRotationStatus"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-amz-json-1.1": components["schemas"]["GetKeyRotationStatusRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-amzn-RequestId": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/x-amz-json-1.1": components["schemas"]["GetKeyRotationStatusResponse"];
                };
            };
            /** @description Client error. */
            400: {
                headers: {
                    "x-amzn-RequestId": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/x-amz-json-1.1": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Server fault (retryable). */
            500: {
                headers: {
                    "x-amzn-RequestId": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/x-amz-json-1.1": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    RotateKeyOnDemand: {
        parameters: {
            query?: never;
            header: {
                "X-Amz-Target": components["parameters"]["TargetRotateKeyOnDemand"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-amz-json-1.1": components["schemas"]["RotateKeyOnDemandRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-amzn-RequestId": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/x-amz-json-1.1": components["schemas"]["RotateKeyOnDemandResponse"];
                };
            };
            /** @description Client error. */
            400: {
                headers: {
                    "x-amzn-RequestId": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/x-amz-json-1.1": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Server fault (retryable). */
            500: {
                headers: {
                    "x-amzn-RequestId": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/x-amz-json-1.1": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ListKeyRotations: {
        parameters: {
            query?: never;
            header: {
                "X-Amz-Target": components["parameters"]["TargetListKeyRotations"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-amz-json-1.1": components["schemas"]["ListKeyRotationsRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-amzn-RequestId": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/x-amz-json-1.1": components["schemas"]["ListKeyRotationsResponse"];
                };
            };
            /** @description Client error. */
            400: {
                headers: {
                    "x-amzn-RequestId": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/x-amz-json-1.1": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Server fault (retryable). */
            500: {
                headers: {
                    "x-amzn-RequestId": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/x-amz-json-1.1": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    CreateAlias: {
        parameters: {
            query?: never;
            header: {
                "X-Amz-Target": components["parameters"]["TargetCreateAlias"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-amz-json-1.1": components["schemas"]["CreateAliasRequest"];
            };
        };
        responses: {
            /** @description Success. The body is empty (clients also accept `{}`). */
            200: {
                headers: {
                    "x-amzn-RequestId": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Client error. */
            400: {
                headers: {
                    "x-amzn-RequestId": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/x-amz-json-1.1": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Server fault (retryable). */
            500: {
                headers: {
                    "x-amzn-RequestId": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/x-amz-json-1.1": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    DeleteAlias: {
        parameters: {
            query?: never;
            header: {
                "X-Amz-Target": components["parameters"]["TargetDeleteAlias"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-amz-json-1.1": components["schemas"]["DeleteAliasRequest"];
            };
        };
        responses: {
            /** @description Success. The body is empty (clients also accept `{}`). */
            200: {
                headers: {
                    "x-amzn-RequestId": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Client error. */
            400: {
                headers: {
                    "x-amzn-RequestId": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/x-amz-json-1.1": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Server fault (retryable). */
            500: {
                headers: {
                    "x-amzn-RequestId": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/x-amz-json-1.1": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ListAliases: {
        parameters: {
            query?: never;
            header: {
                "X-Amz-Target": components["parameters"]["TargetListAliases"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-amz-json-1.1": components["schemas"]["ListAliasesRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-amzn-RequestId": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/x-amz-json-1.1": components["schemas"]["ListAliasesResponse"];
                };
            };
            /** @description Client error. */
            400: {
                headers: {
                    "x-amzn-RequestId": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/x-amz-json-1.1": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Server fault (retryable). */
            500: {
                headers: {
                    "x-amzn-RequestId": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/x-amz-json-1.1": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    GetPublicKey: {
        parameters: {
            query?: never;
            header: {
                "X-Amz-Target": components["parameters"]["TargetGetPublicKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-amz-json-1.1": components["schemas"]["GetPublicKeyRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-amzn-RequestId": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/x-amz-json-1.1": components["schemas"]["GetPublicKeyResponse"];
                };
            };
            /** @description Client error. */
            400: {
                headers: {
                    "x-amzn-RequestId": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/x-amz-json-1.1": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Server fault (retryable). */
            500: {
                headers: {
                    "x-amzn-RequestId": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/x-amz-json-1.1": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    Sign: {
        parameters: {
            query?: never;
            header: {
                "X-Amz-Target": components["parameters"]["TargetSign"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-amz-json-1.1": components["schemas"]["SignRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-amzn-RequestId": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/x-amz-json-1.1": components["schemas"]["SignResponse"];
                };
            };
            /** @description Client error. */
            400: {
                headers: {
                    "x-amzn-RequestId": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/x-amz-json-1.1": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Server fault (retryable). */
            500: {
                headers: {
                    "x-amzn-RequestId": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/x-amz-json-1.1": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    Verify: {
        parameters: {
            query?: never;
            header: {
                "X-Amz-Target": components["parameters"]["TargetVerify"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-amz-json-1.1": components["schemas"]["VerifyRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-amzn-RequestId": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/x-amz-json-1.1": components["schemas"]["VerifyResponse"];
                };
            };
            /** @description Client error. */
            400: {
                headers: {
                    "x-amzn-RequestId": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/x-amz-json-1.1": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Server fault (retryable). */
            500: {
                headers: {
                    "x-amzn-RequestId": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/x-amz-json-1.1": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    GenerateMac: {
        parameters: {
            query?: never;
            header: {
                "X-Amz-Target": components["parameters"]["TargetGenerateMac"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-amz-json-1.1": components["schemas"]["GenerateMacRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-amzn-RequestId": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/x-amz-json-1.1": components["schemas"]["GenerateMacResponse"];
                };
            };
            /** @description Client error. */
            400: {
                headers: {
                    "x-amzn-RequestId": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/x-amz-json-1.1": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Server fault (retryable). */
            500: {
                headers: {
                    "x-amzn-RequestId": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/x-amz-json-1.1": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    VerifyMac: {
        parameters: {
            query?: never;
            header: {
                "X-Amz-Target": components["parameters"]["TargetVerifyMac"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-amz-json-1.1": components["schemas"]["VerifyMacRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-amzn-RequestId": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/x-amz-json-1.1": components["schemas"]["VerifyMacResponse"];
                };
            };
            /** @description Client error. */
            400: {
                headers: {
                    "x-amzn-RequestId": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/x-amz-json-1.1": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Server fault (retryable). */
            500: {
                headers: {
                    "x-amzn-RequestId": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/x-amz-json-1.1": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    GenerateDataKeyPair: {
        parameters: {
            query?: never;
            header: {
                "X-Amz-Target": components["parameters"]["TargetGenerateDataKeyPair"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-amz-json-1.1": components["schemas"]["GenerateDataKeyPairRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-amzn-RequestId": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/x-amz-json-1.1": components["schemas"]["GenerateDataKeyPairResponse"];
                };
            };
            /** @description Client error. */
            400: {
                headers: {
                    "x-amzn-RequestId": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/x-amz-json-1.1": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Server fault (retryable). */
            500: {
                headers: {
                    "x-amzn-RequestId": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/x-amz-json-1.1": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    GenerateDataKeyPairWithoutPlaintext: {
        parameters: {
            query?: never;
            header: {
                "X-Amz-Target": components["parameters"]["TargetGenerateDataKeyPairWithoutPlaintext"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-amz-json-1.1": components["schemas"]["GenerateDataKeyPairWithoutPlaintextRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-amzn-RequestId": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/x-amz-json-1.1": components["schemas"]["GenerateDataKeyPairWithoutPlaintextResponse"];
                };
            };
            /** @description Client error. */
            400: {
                headers: {
                    "x-amzn-RequestId": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/x-amz-json-1.1": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Server fault (retryable). */
            500: {
                headers: {
                    "x-amzn-RequestId": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/x-amz-json-1.1": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    DeriveSharedSecret: {
        parameters: {
            query?: never;
            header: {
                "X-Amz-Target": components["parameters"]["TargetDeriveSharedSecret"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-amz-json-1.1": components["schemas"]["DeriveSharedSecretRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-amzn-RequestId": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/x-amz-json-1.1": components["schemas"]["DeriveSharedSecretResponse"];
                };
            };
            /** @description Client error. */
            400: {
                headers: {
                    "x-amzn-RequestId": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/x-amz-json-1.1": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Server fault (retryable). */
            500: {
                headers: {
                    "x-amzn-RequestId": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/x-amz-json-1.1": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    TagResource: {
        parameters: {
            query?: never;
            header: {
                "X-Amz-Target": components["parameters"]["TargetTagResource"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-amz-json-1.1": components["schemas"]["TagResourceRequest"];
            };
        };
        responses: {
            /** @description Success. The body is empty (clients also accept `{}`). */
            200: {
                headers: {
                    "x-amzn-RequestId": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Client error. */
            400: {
                headers: {
                    "x-amzn-RequestId": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/x-amz-json-1.1": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Server fault (retryable). */
            500: {
                headers: {
                    "x-amzn-RequestId": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/x-amz-json-1.1": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    UntagResource: {
        parameters: {
            query?: never;
            header: {
                "X-Amz-Target": components["parameters"]["TargetUntagResource"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-amz-json-1.1": components["schemas"]["UntagResourceRequest"];
            };
        };
        responses: {
            /** @description Success. The body is empty (clients also accept `{}`). */
            200: {
                headers: {
                    "x-amzn-RequestId": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Client error. */
            400: {
                headers: {
                    "x-amzn-RequestId": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/x-amz-json-1.1": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Server fault (retryable). */
            500: {
                headers: {
                    "x-amzn-RequestId": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/x-amz-json-1.1": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ListResourceTags: {
        parameters: {
            query?: never;
            header: {
                "X-Amz-Target": components["parameters"]["TargetListResourceTags"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-amz-json-1.1": components["schemas"]["ListResourceTagsRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-amzn-RequestId": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/x-amz-json-1.1": components["schemas"]["ListResourceTagsResponse"];
                };
            };
            /** @description Client error. */
            400: {
                headers: {
                    "x-amzn-RequestId": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/x-amz-json-1.1": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Server fault (retryable). */
            500: {
                headers: {
                    "x-amzn-RequestId": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/x-amz-json-1.1": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    UpdateAlias: {
        parameters: {
            query?: never;
            header: {
                "X-Amz-Target": components["parameters"]["TargetUpdateAlias"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-amz-json-1.1": components["schemas"]["UpdateAliasRequest"];
            };
        };
        responses: {
            /** @description Success. The body is empty (clients also accept `{}`). */
            200: {
                headers: {
                    "x-amzn-RequestId": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Client error. */
            400: {
                headers: {
                    "x-amzn-RequestId": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/x-amz-json-1.1": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Server fault (retryable). */
            500: {
                headers: {
                    "x-amzn-RequestId": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/x-amz-json-1.1": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    UpdateKeyDescription: {
        parameters: {
            query?: never;
            header: {
                "X-Amz-Target": components["parameters"]["TargetUpdateKeyDescription"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-amz-json-1.1": components["schemas"]["UpdateKeyDescriptionRequest"];
            };
        };
        responses: {
            /** @description Success. The body is empty (clients also accept `{}`). */
            200: {
                headers: {
                    "x-amzn-RequestId": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Client error. */
            400: {
                headers: {
                    "x-amzn-RequestId": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/x-amz-json-1.1": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Server fault (retryable). */
            500: {
                headers: {
                    "x-amzn-RequestId": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/x-amz-json-1.1": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    GetKeyPolicy: {
        parameters: {
            query?: never;
            header: {
                "X-Amz-Target": components["parameters"]["TargetGetKeyPolicy"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-amz-json-1.1": components["schemas"]["GetKeyPolicyRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-amzn-RequestId": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/x-amz-json-1.1": components["schemas"]["GetKeyPolicyResponse"];
                };
            };
            /** @description Client error. */
            400: {
                headers: {
                    "x-amzn-RequestId": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/x-amz-json-1.1": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Server fault (retryable). */
            500: {
                headers: {
                    "x-amzn-RequestId": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/x-amz-json-1.1": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    PutKeyPolicy: {
        parameters: {
            query?: never;
            header: {
                "X-Amz-Target": components["parameters"]["TargetPutKeyPolicy"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-amz-json-1.1": components["schemas"]["PutKeyPolicyRequest"];
            };
        };
        responses: {
            /** @description Success. The body is empty (clients also accept `{}`). */
            200: {
                headers: {
                    "x-amzn-RequestId": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Client error. */
            400: {
                headers: {
                    "x-amzn-RequestId": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/x-amz-json-1.1": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Server fault (retryable). */
            500: {
                headers: {
                    "x-amzn-RequestId": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/x-amz-json-1.1": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ListKeyPolicies: {
        parameters: {
            query?: never;
            header: {
                "X-Amz-Target": components["parameters"]["TargetListKeyPolicies"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-amz-json-1.1": components["schemas"]["ListKeyPoliciesRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-amzn-RequestId": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/x-amz-json-1.1": components["schemas"]["ListKeyPoliciesResponse"];
                };
            };
            /** @description Client error. */
            400: {
                headers: {
                    "x-amzn-RequestId": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/x-amz-json-1.1": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Server fault (retryable). */
            500: {
                headers: {
                    "x-amzn-RequestId": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/x-amz-json-1.1": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    CreateCustomKeyStore: {
        parameters: {
            query?: never;
            header: {
                "X-Amz-Target": components["parameters"]["TargetCreateCustomKeyStore"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-amz-json-1.1": components["schemas"]["CreateCustomKeyStoreRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-amzn-RequestId": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/x-amz-json-1.1": components["schemas"]["CreateCustomKeyStoreResponse"];
                };
            };
            /** @description Client error. */
            400: {
                headers: {
                    "x-amzn-RequestId": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/x-amz-json-1.1": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Server fault (retryable). */
            500: {
                headers: {
                    "x-amzn-RequestId": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/x-amz-json-1.1": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ConnectCustomKeyStore: {
        parameters: {
            query?: never;
            header: {
                "X-Amz-Target": components["parameters"]["TargetConnectCustomKeyStore"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-amz-json-1.1": components["schemas"]["ConnectCustomKeyStoreRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-amzn-RequestId": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/x-amz-json-1.1": components["schemas"]["ConnectCustomKeyStoreResponse"];
                };
            };
            /** @description Client error. */
            400: {
                headers: {
                    "x-amzn-RequestId": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/x-amz-json-1.1": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Server fault (retryable). */
            500: {
                headers: {
                    "x-amzn-RequestId": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/x-amz-json-1.1": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    DisconnectCustomKeyStore: {
        parameters: {
            query?: never;
            header: {
                "X-Amz-Target": components["parameters"]["TargetDisconnectCustomKeyStore"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-amz-json-1.1": components["schemas"]["DisconnectCustomKeyStoreRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-amzn-RequestId": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/x-amz-json-1.1": components["schemas"]["DisconnectCustomKeyStoreResponse"];
                };
            };
            /** @description Client error. */
            400: {
                headers: {
                    "x-amzn-RequestId": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/x-amz-json-1.1": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Server fault (retryable). */
            500: {
                headers: {
                    "x-amzn-RequestId": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/x-amz-json-1.1": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    UpdateCustomKeyStore: {
        parameters: {
            query?: never;
            header: {
                "X-Amz-Target": components["parameters"]["TargetUpdateCustomKeyStore"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-amz-json-1.1": components["schemas"]["UpdateCustomKeyStoreRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-amzn-RequestId": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/x-amz-json-1.1": components["schemas"]["UpdateCustomKeyStoreResponse"];
                };
            };
            /** @description Client error. */
            400: {
                headers: {
                    "x-amzn-RequestId": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/x-amz-json-1.1": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Server fault (retryable). */
            500: {
                headers: {
                    "x-amzn-RequestId": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/x-amz-json-1.1": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    DeleteCustomKeyStore: {
        parameters: {
            query?: never;
            header: {
                "X-Amz-Target": components["parameters"]["TargetDeleteCustomKeyStore"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-amz-json-1.1": components["schemas"]["DeleteCustomKeyStoreRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-amzn-RequestId": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/x-amz-json-1.1": components["schemas"]["DeleteCustomKeyStoreResponse"];
                };
            };
            /** @description Client error. */
            400: {
                headers: {
                    "x-amzn-RequestId": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/x-amz-json-1.1": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Server fault (retryable). */
            500: {
                headers: {
                    "x-amzn-RequestId": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/x-amz-json-1.1": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    DescribeCustomKeyStores: {
        parameters: {
            query?: never;
            header: {
                "X-Amz-Target": components["parameters"]["TargetDescribeCustomKeyStores"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-amz-json-1.1": components["schemas"]["DescribeCustomKeyStoresRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-amzn-RequestId": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/x-amz-json-1.1": components["schemas"]["DescribeCustomKeyStoresResponse"];
                };
            };
            /** @description Client error. */
            400: {
                headers: {
                    "x-amzn-RequestId": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/x-amz-json-1.1": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Server fault (retryable). */
            500: {
                headers: {
                    "x-amzn-RequestId": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/x-amz-json-1.1": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    GetKeyLastUsage: {
        parameters: {
            query?: never;
            header: {
                "X-Amz-Target": components["parameters"]["TargetGetKeyLastUsage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-amz-json-1.1": components["schemas"]["GetKeyLastUsageRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-amzn-RequestId": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/x-amz-json-1.1": components["schemas"]["GetKeyLastUsageResponse"];
                };
            };
            /** @description Client error. */
            400: {
                headers: {
                    "x-amzn-RequestId": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/x-amz-json-1.1": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Server fault (retryable). */
            500: {
                headers: {
                    "x-amzn-RequestId": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/x-amz-json-1.1": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ReplicateKey: {
        parameters: {
            query?: never;
            header: {
                "X-Amz-Target": components["parameters"]["TargetReplicateKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-amz-json-1.1": components["schemas"]["ReplicateKeyRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-amzn-RequestId": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/x-amz-json-1.1": components["schemas"]["ReplicateKeyResponse"];
                };
            };
            /** @description Client error. */
            400: {
                headers: {
                    "x-amzn-RequestId": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/x-amz-json-1.1": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Server fault (retryable). */
            500: {
                headers: {
                    "x-amzn-RequestId": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/x-amz-json-1.1": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    UpdatePrimaryRegion: {
        parameters: {
            query?: never;
            header: {
                "X-Amz-Target": components["parameters"]["TargetUpdatePrimaryRegion"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-amz-json-1.1": components["schemas"]["UpdatePrimaryRegionRequest"];
            };
        };
        responses: {
            /** @description Success. The body is empty (clients also accept `{}`). */
            200: {
                headers: {
                    "x-amzn-RequestId": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Client error. */
            400: {
                headers: {
                    "x-amzn-RequestId": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/x-amz-json-1.1": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Server fault (retryable). */
            500: {
                headers: {
                    "x-amzn-RequestId": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/x-amz-json-1.1": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    GetParametersForImport: {
        parameters: {
            query?: never;
            header: {
                "X-Amz-Target": components["parameters"]["TargetGetParametersForImport"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-amz-json-1.1": components["schemas"]["GetParametersForImportRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-amzn-RequestId": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/x-amz-json-1.1": components["schemas"]["GetParametersForImportResponse"];
                };
            };
            /** @description Client error. */
            400: {
                headers: {
                    "x-amzn-RequestId": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/x-amz-json-1.1": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Server fault (retryable). */
            500: {
                headers: {
                    "x-amzn-RequestId": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/x-amz-json-1.1": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ImportKeyMaterial: {
        parameters: {
            query?: never;
            header: {
                "X-Amz-Target": components["parameters"]["TargetImportKeyMaterial"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-amz-json-1.1": components["schemas"]["ImportKeyMaterialRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-amzn-RequestId": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/x-amz-json-1.1": components["schemas"]["ImportKeyMaterialResponse"];
                };
            };
            /** @description Client error. */
            400: {
                headers: {
                    "x-amzn-RequestId": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/x-amz-json-1.1": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Server fault (retryable). */
            500: {
                headers: {
                    "x-amzn-RequestId": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/x-amz-json-1.1": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    DeleteImportedKeyMaterial: {
        parameters: {
            query?: never;
            header: {
                "X-Amz-Target": components["parameters"]["TargetDeleteImportedKeyMaterial"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-amz-json-1.1": components["schemas"]["DeleteImportedKeyMaterialRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-amzn-RequestId": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/x-amz-json-1.1": components["schemas"]["DeleteImportedKeyMaterialResponse"];
                };
            };
            /** @description Client error. */
            400: {
                headers: {
                    "x-amzn-RequestId": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/x-amz-json-1.1": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Server fault (retryable). */
            500: {
                headers: {
                    "x-amzn-RequestId": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/x-amz-json-1.1": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    CreateGrant: {
        parameters: {
            query?: never;
            header: {
                "X-Amz-Target": components["parameters"]["TargetCreateGrant"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-amz-json-1.1": components["schemas"]["CreateGrantRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-amzn-RequestId": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/x-amz-json-1.1": components["schemas"]["CreateGrantResponse"];
                };
            };
            /** @description Client error. */
            400: {
                headers: {
                    "x-amzn-RequestId": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/x-amz-json-1.1": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Server fault (retryable). */
            500: {
                headers: {
                    "x-amzn-RequestId": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/x-amz-json-1.1": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ListGrants: {
        parameters: {
            query?: never;
            header: {
                "X-Amz-Target": components["parameters"]["TargetListGrants"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-amz-json-1.1": components["schemas"]["ListGrantsRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-amzn-RequestId": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/x-amz-json-1.1": components["schemas"]["ListGrantsResponse"];
                };
            };
            /** @description Client error. */
            400: {
                headers: {
                    "x-amzn-RequestId": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/x-amz-json-1.1": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Server fault (retryable). */
            500: {
                headers: {
                    "x-amzn-RequestId": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/x-amz-json-1.1": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ListRetirableGrants: {
        parameters: {
            query?: never;
            header: {
                "X-Amz-Target": components["parameters"]["TargetListRetirableGrants"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-amz-json-1.1": components["schemas"]["ListRetirableGrantsRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "x-amzn-RequestId": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/x-amz-json-1.1": components["schemas"]["ListGrantsResponse"];
                };
            };
            /** @description Client error. */
            400: {
                headers: {
                    "x-amzn-RequestId": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/x-amz-json-1.1": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Server fault (retryable). */
            500: {
                headers: {
                    "x-amzn-RequestId": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/x-amz-json-1.1": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    RetireGrant: {
        parameters: {
            query?: never;
            header: {
                "X-Amz-Target": components["parameters"]["TargetRetireGrant"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-amz-json-1.1": components["schemas"]["RetireGrantRequest"];
            };
        };
        responses: {
            /** @description Success. The body is empty (clients also accept `{}`). */
            200: {
                headers: {
                    "x-amzn-RequestId": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Client error. */
            400: {
                headers: {
                    "x-amzn-RequestId": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/x-amz-json-1.1": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Server fault (retryable). */
            500: {
                headers: {
                    "x-amzn-RequestId": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/x-amz-json-1.1": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    RevokeGrant: {
        parameters: {
            query?: never;
            header: {
                "X-Amz-Target": components["parameters"]["TargetRevokeGrant"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-amz-json-1.1": components["schemas"]["RevokeGrantRequest"];
            };
        };
        responses: {
            /** @description Success. The body is empty (clients also accept `{}`). */
            200: {
                headers: {
                    "x-amzn-RequestId": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Client error. */
            400: {
                headers: {
                    "x-amzn-RequestId": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/x-amz-json-1.1": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Server fault (retryable). */
            500: {
                headers: {
                    "x-amzn-RequestId": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/x-amz-json-1.1": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
}
