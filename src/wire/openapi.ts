/**
 * GENERATED from openapi.yaml by openapi-typescript: do not edit by hand.
 * Regenerate with `npm run generate`; `npm run typecheck` fails while this file is stale.
 * Import the aliases of src/wire/index.ts rather than this file.
 */
/* eslint-disable */
export interface paths {
    "/v1/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Check that the API is up */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/experts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the tenant's experts */
        get: operations["listExperts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/experts/{expertId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The expert's id, e.g. `exp_istanbul`. */
                expertId: components["parameters"]["ExpertId"];
            };
            cookie?: never;
        };
        /** Get one expert */
        get: operations["getExpert"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/experts/{expertId}/packages": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The expert's id, e.g. `exp_istanbul`. */
                expertId: components["parameters"]["ExpertId"];
            };
            cookie?: never;
        };
        /**
         * List an expert's packages in listing order
         * @description The packages on sale (archived ones left out) of one country, in ascending `listingOrder`,
         *     ties broken by id. The country is the visitor's: the `country` query when the host sets
         *     it, else the country in the proxy/CDN header the server is configured to trust (reference
         *     server: `APPTKIT_COUNTRY_HEADER`, e.g. `cf-ipcountry`; no other header is trusted), else
         *     the region of the most preferred `Accept-Language` tag that has one (`tr-TR` → `TR`),
         *     else the tenant's default country (`APPTKIT_DEFAULT_COUNTRY`). When an inferred country
         *     (not the `country` query) has no packages of the expert, the default country's are shown;
         *     when that has none either, those of the country of the expert's topmost package. The list
         *     never mixes currencies: those of `currency` when given, else of the topmost package's
         *     currency. The answer's `country` says which country was used; `Vary` names the headers.
         */
        get: operations["listExpertPackages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/experts/{expertId}/slots": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The expert's id, e.g. `exp_istanbul`. */
                expertId: components["parameters"]["ExpertId"];
            };
            cookie?: never;
        };
        /**
         * List the bookable slots of a package
         * @description Slots computed by core's `generateSlots` from the expert's weekly rules and date overrides
         *     (in the expert's zone), minus busy periods: blocks, bookings and live holds, each with the
         *     break after it. A slot starts at or after the server's now + minimum notice (60 minutes by
         *     default) and inside `[from, to)`; `to` must come after `from`, at most 62 days later.
         *     Slots step in absolute time, so across a DST change they keep their exact instants.
         */
        get: operations["listSlots"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/holds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Hold slots of a package while the client checks out
         * @description Holds up to `sessions` slots of one package for 10 minutes (server clock). Each start
         *     must be a slot the expert offers for the package (else 409 `slot_unavailable` naming
         *     `starts[i]`); the starts must not overlap each other including the break (422
         *     `starts[i]`). Two holds or bookings can never take the same time: a database exclusion
         *     constraint decides, and the loser gets 409 `slot_taken`. An expired hold stops counting by
         *     itself. The `Idempotency-Key` is required: a retry with the same key and body replays the
         *     first answer (`Idempotent-Replayed: true`); the same key with another body is a 422.
         */
        post: operations["createHold"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/holds/{holdId}": {
        parameters: {
            query?: never;
            header: {
                /** @description The hold's `token`, as returned when it was created. A wrong or missing token is a 404. */
                "Apptkit-Hold": components["parameters"]["Apptkit-Hold"];
            };
            path: {
                /** @description The hold's id, e.g. `hold_3k…`. */
                holdId: components["parameters"]["HoldId"];
            };
            cookie?: never;
        };
        /** Get a live hold */
        get: operations["getHold"];
        put?: never;
        post?: never;
        /**
         * Release a hold
         * @description Its slots are offered again at once.
         */
        delete: operations["releaseHold"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/packages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List packages, a page at a time
         * @description Keyset pagination in (expertId, listingOrder, id) order. Pass the previous page's
         *     `nextCursor` as `cursor` to get the next page; `nextCursor` is null on the last page.
         *     Archived packages are listed too, marked `archived: true`.
         */
        get: operations["adminListPackages"];
        put?: never;
        /**
         * Create a package
         * @description Every input field is required; unknown and server-managed fields are rejected. With an
         *     `Idempotency-Key`, a retry of the same request replays the first answer (header
         *     `Idempotent-Replayed: true`) instead of creating a second package.
         *     A phone package created while the phone balance is 0 USD is stored all the same; the answer
         *     then carries `warnings: [{ code: "phone_balance_empty", message }]`.
         */
        post: operations["adminCreatePackage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/packages/{packageId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The package's id, e.g. `pkg_ist_first_consultation`. */
                packageId: components["parameters"]["PackageId"];
            };
            cookie?: never;
        };
        /** Get one package */
        get: operations["adminGetPackage"];
        put?: never;
        post?: never;
        /** Delete a package */
        delete: operations["adminDeletePackage"];
        options?: never;
        head?: never;
        /**
         * Change some fields of a package
         * @description Send only the fields to change. The result must still satisfy every rule of a package
         *     (e.g. `service: null` exactly when `appointmentType` is `face_to_face`). The version goes up by one.
         *     A phone package written while the phone balance is 0 USD is stored all the same; the answer
         *     then carries `warnings: [{ code: "phone_balance_empty", message }]`.
         */
        patch: operations["adminUpdatePackage"];
        trace?: never;
    };
    "/v1/admin/packages/{packageId}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The package's id, e.g. `pkg_ist_first_consultation`. */
                packageId: components["parameters"]["PackageId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Take a package off sale
         * @description Archives the package: it leaves the public lists and a new purchase of it is refused
         *     (422, `packageId` code `package_archived`), while its existing purchases keep booking their
         *     remaining sessions. This is how a bought package is retired (a delete is a 409). Archiving
         *     an archived package answers it again at a new version.
         */
        post: operations["adminArchivePackage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/packages/{packageId}/unarchive": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The package's id, e.g. `pkg_ist_first_consultation`. */
                packageId: components["parameters"]["PackageId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Put an archived package back on sale
         * @description Puts the package back on sale: it shows in the public lists of its country again and can be
         *     bought. Unarchiving a package on sale answers it again at a new version.
         */
        post: operations["adminUnarchivePackage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/experts/{expertId}/package-order": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The expert's id, e.g. `exp_istanbul`. */
                expertId: components["parameters"]["ExpertId"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Set the listing order of an expert's packages
         * @description `ids` must list every package of the expert exactly once, top to bottom; otherwise 422
         *     and nothing changes. Each package's `listingOrder` becomes its index, and the version of
         *     every package whose order changed goes up by one, all in one transaction.
         */
        put: operations["adminReorderPackages"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/experts/{expertId}/availability": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The expert's id, e.g. `exp_istanbul`. */
                expertId: components["parameters"]["ExpertId"];
            };
            cookie?: never;
        };
        /** Get an expert's availability */
        get: operations["adminGetAvailability"];
        /**
         * Replace an expert's availability
         * @description Replaces the weekly rules, date overrides and blocks as a whole (blocks get new ids);
         *     `timeZone` changes the expert's zone, omitted keeps it. Checked with the slot engine's
         *     input rules: every invalid part is named (`weekly[2].end`, `overrides[0].date`,
         *     `blocks[1].end`, `timeZone`). The version goes up by one.
         */
        put: operations["adminReplaceAvailability"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/customer-tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign a customer in (mint a short-lived customer token)
         * @description Finds the customer with this e-mail (compared case-insensitively) or creates one, and
         *     returns a new customer token valid for one hour (server setting). The host site's backend
         *     calls this with the admin key for a user it has signed in, then hands the token to the
         *     widget, which sends it as `Apptkit-Customer`. Only a hash of the token is stored.
         */
        post: operations["adminCreateCustomerToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/customers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List customers, a page at a time
         * @description Newest first (by the time the customer was added, ties by id), keyset paginated: pass the
         *     previous page's `nextCursor` as `cursor`; `nextCursor` is null on the last page. With `q`,
         *     only customers whose name or e-mail contains `q` (compared case-insensitively).
         */
        get: operations["adminListCustomers"];
        put?: never;
        /**
         * Add a customer by hand
         * @description Adds a customer with a name, an e-mail and optionally a phone, country and language, as
         *     the back office's "add a customer" does. The customer then signs in by e-mailed code like
         *     any other. Every bad field is named in the 422. An e-mail that a customer already has
         *     (compared case-insensitively) → 409 `customer_exists` naming `email`, with that customer's
         *     `customerId`. With an `Idempotency-Key`, a retry replays the first answer.
         */
        post: operations["adminCreateCustomer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/customers/{customerId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The customer's id, e.g. `cus_4f…`. */
                customerId: components["parameters"]["CustomerId"];
            };
            cookie?: never;
        };
        /**
         * A customer with their purchases, bookings and credits ledger
         * @description The customer, their latest 100 purchases (newest first, with the package's title), their
         *     next 100 upcoming bookings (not ended, ascending by start), their latest 100 past bookings
         *     (ended, newest first) and the latest 100 entries of their credits ledger (newest first).
         */
        get: operations["adminGetCustomer"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/customers/{customerId}/credits": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The customer's id, e.g. `cus_4f…`. */
                customerId: components["parameters"]["CustomerId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Grant or deduct a customer's credits
         * @description Adds `amount` credits to the balance (a grant) or, when `amount` is negative, takes them
         *     away (a deduction), and records the movement in the customer's credits ledger with its
         *     `reason` and the balance after it. A deduction larger than the balance → 409
         *     `insufficient_credits` naming `amount`, with the `balance`; nothing is written.
         */
        post: operations["adminGrantCredits"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/credit-packages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the active credit packages on sale
         * @description Credit packages are bundles of credits sold for money; customers then spend the credits on
         *     appointment packages. Only active ones are listed, in ascending `listingOrder` (ties by id),
         *     of the visitor's country, chosen exactly as for `GET /v1/experts/{expertId}/packages`
         *     (`country` query, trusted proxy header, `Accept-Language` region, tenant default — server
         *     setting `defaultCountry`, `US` in the reference server — with the same fallbacks) and in
         *     one currency (`currency`, else the topmost offer's): never every country's prices at once.
         *     The answer's `country` says which country was used. An offer a running campaign lowers
         *     carries `campaignPrice` and `campaign` (see `CreditOffer` for the rounding rule).
         */
        get: operations["listCreditPackages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/credit-packages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List credit packages
         * @description Every credit package (active or not unless `active` says), in ascending `listingOrder` (ties by id).
         */
        get: operations["adminListCreditPackages"];
        put?: never;
        /**
         * Create a credit package
         * @description Every field is required; unknown and server-managed fields are rejected, each bad field
         *     named in the 422. With an `Idempotency-Key`, a retry replays the first answer.
         */
        post: operations["adminCreateCreditPackage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/credit-packages/{creditPackageId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The credit package's id, e.g. `cpk_k3v…`. */
                creditPackageId: components["parameters"]["CreditPackageId"];
            };
            cookie?: never;
        };
        /** Get one credit package */
        get: operations["adminGetCreditPackage"];
        put?: never;
        post?: never;
        /** Delete a credit package */
        delete: operations["adminDeleteCreditPackage"];
        options?: never;
        head?: never;
        /**
         * Change some fields of a credit package
         * @description Send only the fields to change, with the version read as `If-Match`. The version goes up by one.
         */
        patch: operations["adminUpdateCreditPackage"];
        trace?: never;
    };
    "/v1/admin/campaigns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List campaigns, a page at a time
         * @description Latest start first (ties by id), keyset paginated: pass the previous page's `nextCursor`
         *     as `cursor`; `nextCursor` is null on the last page. `active` and `type` filter.
         */
        get: operations["adminListCampaigns"];
        put?: never;
        /**
         * Create a campaign
         * @description A campaign of one of four types (see `CampaignInput`). Unknown fields and fields of another
         *     type are rejected, each bad field named in the 422; `endsAt` must be after `startsAt`;
         *     `creditPackageIds` must name credit packages of this tenant, all in `currency` for a fixed
         *     discount. With an `Idempotency-Key`, a retry replays the first answer.
         */
        post: operations["adminCreateCampaign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/campaigns/{campaignId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The campaign's id, e.g. `cmp_k3v…`. */
                campaignId: components["parameters"]["CampaignId"];
            };
            cookie?: never;
        };
        /** Get one campaign */
        get: operations["adminGetCampaign"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change some fields of a campaign
         * @description Send only the fields to change, with the version read as `If-Match`; the version goes up
         *     by one. `type` cannot change (422 `read_only`). The changed campaign must still be a whole
         *     campaign of its type; on a selected-packages discount, sending `percentOff` replaces a
         *     fixed discount and sending `amountOff` (with `currency` unless it stays) replaces a
         *     percentage; `signedUpAfter: null` removes that condition.
         */
        patch: operations["adminUpdateCampaign"];
        trace?: never;
    };
    "/v1/admin/campaigns/{campaignId}/end": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The campaign's id, e.g. `cmp_k3v…`. */
                campaignId: components["parameters"]["CampaignId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * End a campaign now
         * @description Sets `active` to false and, when the campaign has started and `endsAt` is later, `endsAt`
         *     to now (the server's clock); an ended campaign no longer discounts nor gifts. The version
         *     goes up by one.
         */
        post: operations["adminEndCampaign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/coupons": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List coupons, a page at a time
         * @description Newest first (ties by id), keyset paginated: pass the previous page's `nextCursor` as
         *     `cursor`; `nextCursor` is null on the last page. `active` filters.
         */
        get: operations["adminListCoupons"];
        put?: never;
        /**
         * Create a coupon with generated codes or one named code
         * @description A coupon (see `CouponCreate`) with `count` generated codes (unguessable: 12 characters of
         *     a 31-letter alphabet without look-alikes, from a cryptographic random source, shown as
         *     `XXXX-XXXX-XXXX`), or one named `code`. Codes are case-insensitive and unique across
         *     coupons: a named code already taken → 422 on `code`, code `code_taken`. `expertIds` must
         *     name experts of this tenant; `expiresAt` must be after `startsAt`. With an
         *     `Idempotency-Key`, a retry replays the first answer.
         */
        post: operations["adminCreateCoupon"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/coupons/{couponId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The coupon's id, e.g. `cpn_q8w…`. */
                couponId: components["parameters"]["CouponId"];
            };
            cookie?: never;
        };
        /** Get one coupon with its codes and their uses */
        get: operations["adminGetCoupon"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/coupons/{couponId}/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The coupon's id, e.g. `cpn_q8w…`. */
                couponId: components["parameters"]["CouponId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Deactivate a coupon now
         * @description Sets `active` to false: its codes are refused from now on (`coupon_inactive`); uses already
         *     made keep their discount, and a payment in progress with one of its codes completes.
         *     Deactivating an inactive coupon answers the same.
         */
        post: operations["adminDeactivateCoupon"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/webhook-endpoints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the webhook endpoints
         * @description Every endpoint, oldest first (ties by id), without its secret.
         */
        get: operations["adminListWebhookEndpoints"];
        put?: never;
        /**
         * Register an endpoint of the tenant's systems to receive events
         * @description Events of the `events` types are POSTed to `url` from now on, signed per Standard Webhooks
         *     (see the `webhooks` of this document). The answer carries the signing `secret`, shown this
         *     once: the server keeps it as is (signing needs it) and never returns it again. `url` must
         *     be `https://` (422 on `url`, code `https_required`); a loopback host (localhost, 127.x,
         *     [::1]) is accepted, over http too, only when the server allows loopback webhooks (tests),
         *     else code `loopback_not_allowed`; credentials or a `#fragment` in it: code `invalid_url`.
         *     With an `Idempotency-Key`, a retry replays the first answer, secret included.
         */
        post: operations["adminCreateWebhookEndpoint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/webhook-endpoints/{endpointId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The webhook endpoint's id, e.g. `whe_k3v…`. */
                endpointId: components["parameters"]["WebhookEndpointId"];
            };
            cookie?: never;
        };
        /** Get one webhook endpoint (without its secret) */
        get: operations["adminGetWebhookEndpoint"];
        put?: never;
        post?: never;
        /**
         * Delete a webhook endpoint and its delivery log
         * @description Nothing more is sent to it, including deliveries still due.
         */
        delete: operations["adminDeleteWebhookEndpoint"];
        options?: never;
        head?: never;
        /**
         * Change an endpoint's url, events, description or active flag
         * @description Send only the fields to change, with `If-Match: "<version>"`; the version goes up by one.
         *     `url` follows the rules of the create. An inactive endpoint gets no new deliveries; those
         *     already due are not sent while it is inactive (a resend still is).
         */
        patch: operations["adminUpdateWebhookEndpoint"];
        trace?: never;
    };
    "/v1/admin/webhook-endpoints/{endpointId}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The webhook endpoint's id, e.g. `whe_k3v…`. */
                endpointId: components["parameters"]["WebhookEndpointId"];
            };
            cookie?: never;
        };
        /**
         * The delivery log of an endpoint, a page at a time
         * @description One delivery per event sent to the endpoint, newest first (ties by id), keyset paginated:
         *     pass the previous page's `nextCursor` as `cursor`; `nextCursor` is null on the last page.
         */
        get: operations["adminListWebhookDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/webhook-deliveries/{deliveryId}/resend": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The delivery's id (one event for one endpoint), e.g. `whd_q8w…`. */
                deliveryId: components["parameters"]["WebhookDeliveryId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a delivery's event to its endpoint again
         * @description A new attempt of the same event, with the same `webhook-id`, due now (the job runner sends
         *     it on its next tick), even when it was delivered before or the endpoint is inactive.
         *     Answers the delivery with `nextAttemptAt` set; its log shows the attempt once made.
         */
        post: operations["adminResendWebhookDelivery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/coupon-quotes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The price of a package or credit package with a coupon code, before paying
         * @description What a purchase (`packageId`) or credit purchase (`creditPackageId`) with `couponCode`
         *     would charge now, on the server's clock, by the rules the purchase applies (see
         *     `CouponQuote`); nothing is written and no use is taken. A code that cannot be used
         *     answers 422 on `couponCode` with one reason code: `coupon_unknown`, `coupon_inactive`,
         *     `coupon_not_started`, `coupon_expired`, `coupon_used_up`, `coupon_not_applicable` (not
         *     for this package: another expert's, a free package, or a credit package when the coupon
         *     is for chosen experts), `coupon_new_members_only`, `coupon_already_used` (the customer
         *     used it `usesPerCustomer` times). The customer's rules (new members only, uses per
         *     customer) are checked for the signed-in customer (`Apptkit-Customer`) or the
         *     `guestEmail`'s customer; without either they are checked at the purchase.
         */
        post: operations["quoteCoupon"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The tenant's settings
         * @description The tenant's home country and currency (`APPTKIT_DEFAULT_COUNTRY` and
         *     `APPTKIT_DEFAULT_CURRENCY` in the reference server), which a back office preselects in a new
         *     package form; the booking policy that applies to packages without their own, and when
         *     customers are reminded of their sessions. Its `version` is also the `ETag`.
         */
        get: operations["adminGetSettings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change the booking policy or the reminder times
         * @description Send only what changes (at least one of `bookingPolicy`, `reminderMinutes`). The policy
         *     applies to every package without its own `bookingPolicy`, and to existing bookings from
         *     now on. The version goes up by one.
         */
        patch: operations["adminUpdateSettings"];
        trace?: never;
    };
    "/v1/admin/phone-balance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The tenant's phone balance
         * @description The prepaid USD balance that pays for phone (GSM) calls, in US cents.
         */
        get: operations["adminGetPhoneBalance"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/phone-balance/top-ups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Top up the phone balance
         * @description Adds `amount` US cents to the phone balance and records it in the balance's ledger. The
         *     reference server has no phone provider to pay, so this is test mode: it simply adds. With an
         *     `Idempotency-Key`, a retry replays the first answer instead of adding twice.
         */
        post: operations["adminTopUpPhoneBalance"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/reports/sales": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Sales report
         * @description Every sale, newest first (by `createdAt`, UTC): one row per payment attempt of a package
         *     purchase or of a credit-package purchase (succeeded, failed or waiting for the customer's
         *     authentication), plus one row per free purchase (fee 0), which records no payment attempt,
         *     plus one row per settled refund of a package purchase (`kind: refund`, dated when it was
         *     made, its money or credits negative). Each row names the package or credit package (`kind`, id and current title) and the
         *     customer. Keyset paginated: pass the previous page's `nextCursor` as `cursor`. `totals` sum
         *     the whole filtered range (not just the page), per currency; money is never summed across
         *     currencies. Each bad parameter is named in one 422. The admin SDK's
         *     `admin.reports.salesCsv` writes the rows as CSV in a time zone of your choice.
         */
        get: operations["adminSalesReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in customer */
        get: operations["getMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/bookings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in customer's upcoming bookings and sessions still to book */
        get: operations["getMyBookings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/purchases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Buy a package by card, with credits or free (and book its hold)
         * @description A purchase grants the package's `sessions` as entitlements once paid.
         *
         *     - `method: credits` needs a signed-in customer (`Apptkit-Customer`) and a package sold for
         *       credits. The balance is debited in the same transaction with a conditional update, so it
         *       can never go negative: too few credits → 402 `insufficient_credits` with `balance` and
         *       `price`, and nothing is written.
         *     - `method: card` is paid by a signed-in customer or a `guest` (name and e-mail; phone for
         *       a phone package), whose customer is found or created by e-mail. The reference server
         *       charges through its offline **test-mode** provider (`provider: "test"`, no money moves);
         *       the outcome is chosen by `paymentMethod`: `pm_card_visa` succeeds (201),
         *       `pm_card_declined` fails (402 `payment_declined`: the purchase is recorded as failed,
         *       grants nothing, books nothing), `pm_card_authentication_required` leaves the purchase
         *       `pending` (202, `paymentStatus: requires_action`) until `POST /v1/purchases/{id}/confirm`.
         *     - `method: free` is for a package whose `fee` is 0 (a `card` purchase of one → 422 on
         *       `method`; `free` for a priced package → 422 on `method`): no `paymentMethod`, a
         *       signed-in customer or a `guest` as for a card; paid at once with `amount` 0 and
         *       `provider: "none"`, in one transaction with its hold's bookings.
         *     - An archived package is off sale: a purchase of it → 422 on `packageId`, code
         *       `package_archived` (purchases made before it was archived keep booking their sessions).
         *
         *     Every paid purchase (card, credits or free) is confirmed by e-mail before the answer: the
         *     order number (the purchase id), the amount, the method, the package, each booked session
         *     in the customer's time zone with the zone named, the sessions left to book and the call
         *     links; in the customer's language (`locale`, else English) and zone (`timeZone`, else the
         *     expert's), both stored on the customer when sent. `emailSent` says whether the mailer took
         *     it. Every payment attempt is recorded (a free purchase has none). With `holdId` and `holdToken`, the hold is checked
         *     before any money is taken (404 unknown, 410 `hold_expired`). With credits it is converted
         *     into bookings in the same transaction as the debit. A card is charged outside any
         *     database transaction: the purchase is first recorded `pending`, then charged, then
         *     settled; a paid purchase books its hold if still live, else it stays paid with its
         *     sessions to book later and the receipt's `bookingProblem` says why (for a pending card
         *     payment the hold is booked at confirmation, likewise). The answer carries the purchase
         *     `token`, the guest's proof for confirming and booking later. The `Idempotency-Key` is
         *     required: a retry with the same key and body replays the first answer, a declined card
         *     included; a retry of a request that failed after its purchase was recorded (e.g. the
         *     provider was unreachable) finishes that purchase, charging with the same provider
         *     idempotency key, so never twice; another body → 422.
         */
        post: operations["createPurchase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/purchases/{purchaseId}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The purchase's id, e.g. `pur_7d…`. */
                purchaseId: components["parameters"]["PurchaseId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Complete a card payment that required authentication
         * @description Completes the pending card payment (test mode: always succeeds), marks the purchase paid
         *     and books the hold it was made with if that hold is still live (else its sessions stay to
         *     be booked). Proven by the purchase's customer (`Apptkit-Customer`) or `purchaseToken`.
         *     Confirming a paid purchase again answers the same; a failed one is a 409.
         */
        post: operations["confirmPurchase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/bookings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Book sessions of a paid purchase
         * @description Books sessions of a paid purchase, all or nothing, consuming one entitlement per session
         *     (never more than remain → 422). Either converts a live hold (`holdId` + `holdToken`; an
         *     expired one → 410 `hold_expired`) into bookings, or books offered `starts` directly (how
         *     a signed-in customer schedules the rest later). A time someone else took meanwhile → 409
         *     `slot_taken`: a database exclusion constraint decides, so a slot is never booked twice.
         *     The purchase is proven by its customer (`Apptkit-Customer`) or by `purchaseToken`. The
         *     customer is e-mailed the new sessions in their language and time zone (`locale` and
         *     `timeZone` update the stored ones); `emailSent` says whether the mailer took it.
         *     The `Idempotency-Key` is required: the same key and body replay the first answer; another
         *     body → 422.
         */
        post: operations["createBookings"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/bookings/{bookingId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The booking's id, e.g. `bkg_2mx…`. */
                bookingId: components["parameters"]["BookingId"];
            };
            cookie?: never;
        };
        /**
         * One booking, for its customer or the holder of its e-mail link
         * @description What a manage page shows: the booking (status, cut-offs, the start before the last move),
         *     the package's title and session length, the expert's name and the policy that applies.
         *     Identified by `Apptkit-Join` (the booking-scoped token of the confirmation e-mail's link)
         *     or `Apptkit-Customer` (the booking's customer); a join token takes precedence. A booking
         *     that does not exist or is not the caller's is a 404 either way, so an id reveals nothing.
         */
        get: operations["getBooking"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/bookings/{bookingId}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The booking's id, e.g. `bkg_2mx…`. */
                bookingId: components["parameters"]["BookingId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel a booking (its customer)
         * @description Allowed while the server clock is before `cancellableUntil` (the start minus the
         *     cancellation cut-off of the package's `effectivePolicy`); from then on → 409
         *     `cancel_cutoff_passed` with `deadline`, `cutoffHours` and the policy in words. The booking
         *     keeps its row (status `cancelled`, for the history) and its time is free again at once.
         *     With `cancelReturnsSession` the session goes back to the purchase (`sessionsUsed` − 1)
         *     to be booked again; `sessionReturned` says whether it did. The customer is e-mailed a
         *     cancellation notice in their language and zone (`locale` and `timeZone` update the stored
         *     ones); `emailSent` says whether the mailer took it. Same identification as
         *     `GET /v1/bookings/{bookingId}`. The `Idempotency-Key` is required: the same key and body
         *     replay the first answer; another body → 422.
         */
        post: operations["cancelBooking"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/bookings/{bookingId}/reschedule": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The booking's id, e.g. `bkg_2mx…`. */
                bookingId: components["parameters"]["BookingId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move a booking to another offered start (its customer)
         * @description Allowed while the server clock is before `reschedulableUntil` (else 409
         *     `reschedule_cutoff_passed` with `deadline` and `cutoffHours`). The new `start` must be a
         *     slot the expert offers for the booking's package, by the same rules as booking (weekly
         *     availability, overrides, blocks, notice, breaks); the booking's own current time does not
         *     block it. Not offered → 422 on `start` (`not_offered`). The booking's reservation is moved
         *     in one statement, so the old time is freed only when the new one is taken, and a database
         *     exclusion constraint decides between racing requests: the loser gets 409 `slot_taken`
         *     (`errors` names `start`) and keeps its old time. `rescheduledFrom` is the start before the
         *     move. The customer is e-mailed a reschedule notice; `emailSent` says whether the mailer
         *     took it. Same identification and `Idempotency-Key` rules as the cancel.
         */
        post: operations["rescheduleBooking"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/bookings/{bookingId}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The booking's id, e.g. `bkg_2mx…`. */
                bookingId: components["parameters"]["BookingId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel a booking (the business)
         * @description The business cancels at any time before the session starts: no cut-off applies. The
         *     session goes back to the purchase unless `returnSession` is false; the customer is
         *     e-mailed a cancellation notice unless `notifyCustomer` is false (then `emailSent` is
         *     false). The `Idempotency-Key` is required: the same key and body replay the first answer.
         */
        post: operations["adminCancelBooking"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/bookings/{bookingId}/no-show": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The booking's id, e.g. `bkg_2mx…`. */
                bookingId: components["parameters"]["BookingId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark a no-show
         * @description The business records that the client never came: only once the session's scheduled end
         *     has passed (before → 409 `not_ended_yet` with `endsAt`), and only when the call records
         *     show no join of the client (a join → 409 `client_joined` with `joinedAt`). A face-to-face
         *     session has no call record: its no-show is the business's word. The booking gets
         *     `noShowAt` (server clock) and stays `booked`; its session stays used. Marking it again
         *     keeps the first `noShowAt`. No body; the `Idempotency-Key` is required.
         */
        post: operations["adminMarkNoShow"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/purchases/{purchaseId}/refunds": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The purchase's id, e.g. `pur_7d…`. */
                purchaseId: components["parameters"]["PurchaseId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Refund a purchase
         * @description `full`: the whole amount back (less earlier refunds), every upcoming booking cancelled by
         *     the business (its session not returned) and the purchase closed (`status: refunded`, no
         *     session left to book). `unused_sessions`: the sessions never booked back and taken off the
         *     purchase (with `cancelUpcoming`, its upcoming bookings too, cancelled); the purchase stays
         *     `paid` with `sessionsUsed + sessionsRefunded = sessionsTotal`.
         *
         *     Rounding: the money (or credits) of the sessions refunded so far is
         *     `amount × sessionsRefunded / sessionsTotal`, rounded half up to a whole minor unit; a refund
         *     pays that less what earlier refunds of the purchase paid, so a first refund of `n` sessions
         *     is `round_half_up(amount × n / sessionsTotal)` and refunds never add up to more than the
         *     amount.
         *
         *     A card purchase is refunded through its payment provider, outside any database lock, with
         *     an idempotency key derived from this request's; a purchase nothing was paid for (a coupon
         *     took the whole price, or free) refunds 0 without it (`provider: none`). Credits go back to
         *     the customer's balance with a ledger entry naming the refund. The customer is e-mailed a
         *     refund notice in their language and time zone. The `Idempotency-Key` is required: a retry
         *     with the same key and body finishes or replays the first refund, never refunds twice.
         */
        post: operations["adminRefundPurchase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/bookings/{bookingId}/join": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The booking's id, e.g. `bkg_2mx…`. */
                bookingId: components["parameters"]["BookingId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Join a booking's call
         * @description Identified by ONE of `Apptkit-Expert` (the booking's expert), `Apptkit-Join` (a guest's
         *     booking-scoped join token from the booking's answer) or `Apptkit-Customer` (the booking's
         *     signed-in customer); a join or expert token takes precedence over a customer token.
         *     `role: expert` needs the expert token; the other two join as `client`.
         *
         *     Joining opens 10 minutes before the scheduled start (earlier → 425 `too_early` with
         *     `joinOpensAt` and `serverTime`). While the client has not joined it closes at the scheduled
         *     end; once ended (by the expert, or at the hard stop) → 410 `session_ended`. The client's
         *     FIRST join is stamped on the server clock and never overwritten by a rejoin; under
         *     `full_duration` it fixes the deadline. `times` is core's `sessionTimes()`.
         *
         *     The meeting token has `nbf` = `joinOpensAt` and `exp` = the hard stop with
         *     `eject_at_token_exp`, so the provider enforces the end too (under `full_duration` before the
         *     client's first join, the latest hard stop the session can have). The expert's token is an
         *     owner token; audio and phone packages start with video off. For the client of a phone
         *     package the server dials their confirmed number instead (`roomUrl` and `meetingToken` are
         *     null, `phone.status` tells the dial-out's progress), only when the tenant's USD phone
         *     balance covers the longest possible call (else 402 `phone_balance_insufficient`).
         *     `provider: test` is the reference server's offline test mode (rooms on
         *     `https://test-calls.apptkit.invalid/`).
         */
        post: operations["joinCall"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/bookings/{bookingId}/call": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The booking's id, e.g. `bkg_2mx…`. */
                bookingId: components["parameters"]["BookingId"];
            };
            cookie?: never;
        };
        /**
         * A booking's call as the server sees it now
         * @description Polled by the call UI (e.g. every 15 s and on `visibilitychange`) for server-stamped events:
         *     the client's first join, and the end — by the expert, at the deadline (`automatic`, or
         *     when the client never joined by the scheduled end) or at the hard stop (`by_expert`).
         *     Same identification as the join.
         */
        get: operations["getCallState"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/bookings/{bookingId}/end": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The booking's id, e.g. `bkg_2mx…`. */
                bookingId: components["parameters"]["BookingId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * End a booking's session (the expert)
         * @description The booking's expert ends the session for both, once: the first end is recorded on the
         *     server clock and every later call (or a call after the session ended by its own rules)
         *     answers with that end. Missing `Apptkit-Expert` → 401 `expert_required`; before joining
         *     opens → 425 `too_early`.
         */
        post: operations["endCall"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/expert-tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign an expert in for calls (mint a short-lived expert token)
         * @description The tenant's backend calls this with the admin key for an expert it has signed in, and
         *     hands the token to the expert's call page, which sends it as `Apptkit-Expert`. It admits
         *     that expert's bookings only, for four hours (server setting). Only a hash is stored.
         */
        post: operations["adminCreateExpertToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/payment-config": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Which card payment provider the widget loads
         * @description `stripe` with Stripe's publishable key for stripe.js when the tenant charges through
         *     Stripe; otherwise `test`, the reference server's offline test mode, where the test card
         *     tokens of `PurchaseCreate.paymentMethod` choose the outcome and no money moves.
         */
        get: operations["getPaymentConfig"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sign-in/codes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * E-mail a one-time sign-in code
         * @description E-mails a 6-digit code to `email`, valid for 10 minutes (server clock) and usable once;
         *     only a salted hash is stored. The answer is the same whether or not the address belongs
         *     to a customer (the customer is found or created when the code is used). At most 5 codes
         *     per address in 15 minutes: more → 429 `rate_limited` with `Retry-After`. The e-mail is in
         *     `locale`'s language, else the language stored for the address's customer, else English.
         */
        post: operations["requestSignInCode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sign-in/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Trade a sign-in code for a customer token
         * @description Checks the code e-mailed to `email`, finds or creates the customer with that address
         *     (case-insensitively) and returns a customer token like `POST /v1/admin/customer-tokens`
         *     does, valid for one hour (server setting). A code works once. A wrong or used code → 422
         *     on field `code` with code `invalid_code`; an expired one → `expired_code`. After 5 wrong
         *     attempts the address's codes are void.
         */
        post: operations["createSignInToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/credit-purchases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Buy a credit package by card
         * @description The signed-in customer (`Apptkit-Customer`, required) buys an active credit package by
         *     card, with the same provider and test cards as package purchases. The purchase is
         *     recorded `pending`, charged outside any database transaction, then settled. Paid (201):
         *     the credits are added to the balance through the credit ledger in the settling
         *     transaction, and `balance` is the new balance; the customer is e-mailed a receipt once
         *     (`emailSent`), in their language and time zone. `pm_card_authentication_required` (202, `paymentStatus:
         *     requires_action`) leaves the purchase `pending` until
         *     `POST /v1/credit-purchases/{id}/confirm`. Declined → 402 `payment_declined` with
         *     `purchaseId` and `declineCode`; the failed purchase is recorded and adds nothing. Every
         *     payment attempt is recorded. An unknown or inactive credit package → 422 on
         *     `creditPackageId`. The `Idempotency-Key` is required: a retry with the same key and body
         *     replays the first answer, a declined card included, or finishes the purchase a failed
         *     attempt left pending (same provider idempotency key: never charged twice); another body
         *     → 422.
         */
        post: operations["createCreditPurchase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/credit-purchases/{creditPurchaseId}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The credit purchase's id, e.g. `cpu_5hx…`. */
                creditPurchaseId: components["parameters"]["CreditPurchaseId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Complete a credit purchase whose card required authentication
         * @description Completes the pending card payment (test mode: always succeeds), marks the purchase paid
         *     and adds its credits in the same transaction. Only the purchase's signed-in customer may
         *     confirm it (another one's → 404). The confirm that pays it sends the receipt e-mail.
         *     Confirming a paid purchase again answers the same and sends nothing; a
         *     failed one is a 409 `purchase_not_paid`. The body is empty or `{}`.
         */
        post: operations["confirmCreditPurchase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/outbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The test-mode outbox as an HTML page
         * @description **Test-mode extension of the reference server, not part of a tenant's contract.** While
         *     the server uses its default outbox mailer, e-mails (sign-in codes, booking confirmations)
         *     are not sent but kept here, newest first (at most 200), for a person trying the demo.
         *     Needs no key; a request with an `Origin` (another page's script) → 403 without CORS
         *     headers. Served with a strict `Content-Security-Policy` (no script, no style); every text
         *     is HTML-escaped. With a configured mailer → 404.
         */
        get: operations["getOutboxPage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/outbox.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The test-mode outbox as JSON
         * @description **Test-mode extension of the reference server, not part of a tenant's contract.** The
         *     mails of `GET /outbox`, newest first (at most 200), for scripts and end-to-end tests.
         *     Needs no key; a request with an `Origin` → 403 without CORS headers. With a configured
         *     mailer → 404.
         */
        get: operations["listOutbox"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface webhooks {
    "purchase.paid": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A package purchase was paid
         * @description Sent once a purchase is paid: a card payment succeeded (at once or after the customer's authentication), or a purchase with credits or a free one was made. `data` is the purchase as it was when paid; its bookings follow as `booking.created`.
         */
        post: operations["purchasePaidWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "purchase.refunded": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A package purchase was refunded
         * @description Sent once a purchase is refunded (fully, or for its unused sessions); `data` is the purchase after the refund.
         */
        post: operations["purchaseRefundedWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "booking.created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A session was booked
         * @description Sent for every booked session, at checkout or later; `data` is the booking (never its join token).
         */
        post: operations["bookingCreatedWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "booking.rescheduled": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A booking was moved to another start
         * @description `data` is the booking at its new start, with `rescheduledFrom`.
         */
        post: operations["bookingRescheduledWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "booking.cancelled": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A booking was cancelled
         * @description `data` is the cancelled booking: when, by whom, and whether its session went back to the purchase.
         */
        post: operations["bookingCancelledWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "credits.purchased": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Credits were bought and added to the balance
         * @description Sent once a credit purchase is paid and its credits were added to the customer's balance; `data` is the credit purchase.
         */
        post: operations["creditsPurchasedWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface components {
    schemas: {
        /**
         * @description How the widget takes card payments: `stripe` (load stripe.js with `publishableKey`), or
         *     `test`, the reference server's offline test mode (test card tokens, no money moves).
         */
        PaymentConfig: {
            /** @constant */
            provider: "test";
        } | {
            /** @constant */
            provider: "stripe";
            /**
             * @description Stripe's publishable key for stripe.js.
             * @example pk_test_51H…
             */
            publishableKey: string;
        };
        SignInCodeCreate: {
            /**
             * Format: email
             * @description The address to send the code to; one `@`, text before it, a dotted domain after it, no spaces.
             * @example ana@example.com
             */
            email: string;
            /** @description Stored for a new customer (or one without a name). */
            name?: string;
            /** @description The language of the code's e-mail (else the customer's stored one, else English); stored on the customer with `timeZone` once the code is used. */
            locale?: components["schemas"]["Locale"];
            timeZone?: components["schemas"]["TimeZone"];
        };
        SignInCodeSent: {
            expiresAt: components["schemas"]["Instant"];
        };
        SignInTokenCreate: {
            /** Format: email */
            email: string;
            /**
             * @description The 6 digits from the e-mail (spaces are ignored).
             * @example 042917
             */
            code: string;
        };
        CustomerSession: {
            /** @description A customer token to send as `Apptkit-Customer`; keep it no longer than the tab. */
            token: string;
            expiresAt: components["schemas"]["Instant"];
            customer: components["schemas"]["Me"];
        };
        CreditPurchaseCreate: {
            /** @description An active credit package (`GET /v1/credit-packages`). */
            creditPackageId: string;
            /**
             * @description As for a card purchase of a package (test mode `pm_card_visa`, `pm_card_declined`,
             *     `pm_card_authentication_required`). Required unless `couponCode` takes the whole price
             *     (nothing is charged then); missing while something is left to pay → 422 `required`.
             * @example pm_card_visa
             */
            paymentMethod?: string;
            /** @description A coupon code; a code that cannot be used → 422 on `couponCode` (see `POST /v1/coupon-quotes`), and nothing is written. */
            couponCode?: components["schemas"]["CouponCodeInput"];
            locale?: components["schemas"]["Locale"];
            timeZone?: components["schemas"]["TimeZone"];
        };
        /** @description Nothing: an empty body or `{}`. */
        CreditPurchaseConfirm: Record<string, never>;
        /** @description A purchase of a credit package, as its create and confirm calls answer. */
        CreditPurchaseReceipt: {
            /** @example cpu_5hxq… */
            id: string;
            customerId: string;
            creditPackageId: string;
            /**
             * @description `pending` until a card needing authentication is confirmed; `paid` added the credits; `failed` added nothing.
             * @enum {string}
             */
            status: "pending" | "paid" | "failed";
            /**
             * @description The card payment in the smallest unit of `currency`: the package's price, or its campaign
             *     price when a campaign lowered it at the moment of purchase (see `CreditOffer`).
             */
            amount: number;
            currency: components["schemas"]["CurrencyCode"];
            /** @description Credits this purchase adds once paid. */
            credits: number;
            /** @description The campaign whose price was charged; absent when the full price was. */
            campaignId?: string;
            coupon?: components["schemas"]["CouponApplied"];
            /**
             * @description `test` (offline test mode: no money moved) or `stripe`.
             * @example test
             */
            provider: string;
            createdAt: components["schemas"]["Instant"];
            /** @enum {string} */
            paymentStatus: "succeeded" | "requires_action";
            /** @description With `requires_action` from Stripe, the PaymentIntent's client secret; absent in test mode. */
            clientSecret?: string;
            /** @description The customer's credits balance after this answer. */
            balance: number;
            /**
             * @description Whether the purchase's receipt e-mail (in the customer's language and time zone) was
             *     handed to the mailer: sent once, by the answer that paid the purchase (the server
             *     waits for it); a replay or a later confirm tells the same and sends nothing. `false`
             *     while the payment waits for authentication, or when the mailer failed (the purchase
             *     stands all the same). The reference server always sends it.
             */
            emailSent?: boolean;
        };
        OutboxMail: {
            id: string;
            to: string;
            subject: string;
            /** @description The plain-text body. */
            text: string;
            createdAt: components["schemas"]["Instant"];
        };
        OutboxList: {
            /** @description Newest first. */
            data: components["schemas"]["OutboxMail"][];
        };
        TooEarlyProblem: {
            /** @constant */
            code?: "too_early";
        } & WithRequired<components["schemas"]["Problem"], "joinOpensAt" | "serverTime">;
        JoinRequest: {
            /** @enum {string} */
            role: "client" | "expert";
        };
        /** @description Core's `sessionTimes()` of the booking on the server. */
        SessionTimes: {
            /** @description When the session time is up; null under `full_duration` until the client's first join. */
            deadline: components["schemas"]["Instant"] | null;
            /** @description `by_expert`: when the expert is told time is up (= deadline); null under `automatic`. */
            notifyExpertAt: components["schemas"]["Instant"] | null;
            /** @description When the call ends for both (the deadline under `automatic`, deadline + overtime cap under `by_expert`). */
            hardStop: components["schemas"]["Instant"] | null;
        };
        JoinAnswer: {
            bookingId: string;
            /** @enum {string} */
            role: "client" | "expert";
            service: components["schemas"]["OnlineService"];
            /**
             * @description `test` is the reference server's offline test provider (test mode: no call is placed).
             * @enum {string}
             */
            provider: "daily" | "test";
            /** @description The room (https); null only for the client of a phone package, whose phone is dialled. */
            roomUrl: string | null;
            /** @description The participant's meeting token for `roomUrl`; null with `roomUrl`. */
            meetingToken: string | null;
            serverTime: components["schemas"]["Instant"];
            scheduledStart: components["schemas"]["Instant"];
            durationMinutes: number;
            endMode: components["schemas"]["EndMode"];
            endTiming: components["schemas"]["EndTiming"];
            /** @description The client's first join on the server clock; null while they have not joined. */
            clientJoinedAt: components["schemas"]["Instant"] | null;
            /** @description `by_expert`: minutes past the deadline before the call is stopped for both. */
            overtimeCapMinutes: number;
            times: components["schemas"]["SessionTimes"];
            joinOpensAt: components["schemas"]["Instant"];
            joinClosesAt: components["schemas"]["Instant"];
            /** @description Phone packages, the client's join only — the dial-out to their confirmed number. */
            phone?: {
                /** @enum {string} */
                status: "dialing" | "connected" | "failed";
            };
        };
        CallState: {
            serverTime: components["schemas"]["Instant"];
            clientJoinedAt: components["schemas"]["Instant"] | null;
            /** @description When the session ended; null while it has not (set together with `endedBy`). */
            endedAt: components["schemas"]["Instant"] | null;
            endedBy: ("expert" | "deadline" | "hard_stop") | null;
            times: components["schemas"]["SessionTimes"];
        };
        CallEnd: {
            endedAt: components["schemas"]["Instant"];
            serverTime: components["schemas"]["Instant"];
        };
        ExpertTokenCreate: {
            expertId: string;
        };
        ExpertToken: {
            /** @description A secret for the expert's call page to send as `Apptkit-Expert`. */
            token: string;
            expertId: string;
            expiresAt: components["schemas"]["Instant"];
        };
        Health: {
            /** @constant */
            status: "ok";
        };
        Expert: {
            /** @example exp_istanbul */
            id: string;
            name: string;
            headline: string;
            /**
             * Format: iana-time-zone
             * @description IANA time zone of the expert's availability.
             * @example Europe/Istanbul
             */
            timeZone: string;
        };
        ExpertList: {
            data: components["schemas"]["Expert"][];
        };
        /**
         * Format: bcp47
         * @description The customer's language, a BCP 47 tag such as `de`, `tr-TR` or `ar-EG`. The server writes
         *     e-mail in `en`, `de`, `tr` or `ar`, chosen by the primary subtag; any other language means
         *     `en`. Stored on the customer (the latest request that sends it wins); a tag that is not
         *     well-formed → 422 on `locale`.
         * @example de-DE
         */
        Locale: string;
        /**
         * Format: iana-time-zone
         * @description The customer's IANA time zone, e.g. `Europe/Berlin`: the e-mails show times in it, with
         *     the zone named. Stored on the customer; without one, e-mails use the expert's zone. An
         *     unknown zone or an offset such as `+01:00` → 422 on `timeZone`.
         * @example Europe/Berlin
         */
        TimeZone: string;
        /**
         * Format: country-code
         * @description An assigned ISO 3166-1 alpha-2 code, uppercase.
         * @example TR
         */
        CountryCode: string;
        /**
         * Format: currency-code
         * @description An active ISO 4217 code, uppercase.
         * @example TRY
         */
        CurrencyCode: string;
        /**
         * @description An online session or a face-to-face meeting.
         * @enum {string}
         */
        AppointmentType: "online" | "face_to_face";
        /**
         * @description How an online session is held: audio call via the platform, phone (GSM) call, or video call via the platform.
         * @enum {string}
         */
        OnlineService: "audio" | "phone" | "video";
        /**
         * @description `automatic`: the call ends for both at the deadline; `by_expert`: the expert is notified and ends it.
         * @enum {string}
         */
        EndMode: "automatic" | "by_expert";
        /**
         * @description `scheduled_end`: the deadline is the booked end; `full_duration`: the full duration counts from the later of the client joining and the scheduled start.
         * @enum {string}
         */
        EndTiming: "scheduled_end" | "full_duration";
        /** @description The fields an admin writes, each with its own rule. */
        PackageFields: {
            appointmentType?: components["schemas"]["AppointmentType"];
            /** @description The online service; null for a face-to-face meeting. */
            service?: components["schemas"]["OnlineService"] | null;
            /**
             * @description Where a face-to-face session takes place: an address, plain text, 1–300 characters
             *     (grapheme clusters) after trimming, line breaks allowed; stored trimmed. The customer
             *     sees it at checkout, in the calendar entry and in every e-mail about the session
             *     (confirmation, reminder, change notice). Optional; null or absent when the package names
             *     no place (the e-mails then say "the place agreed"). An online package has none.
             */
            location?: string | null;
            /** @description Minutes of one session. */
            durationMinutes?: number;
            /** @description Price in the smallest unit of `currency` (cents; yen have none). */
            fee?: number;
            /** @description Price in credits, or null when the package is not sold for credits. */
            credits?: number | null;
            /** @description Sessions included; the client books that many appointments. */
            sessions?: number;
            /** @description Rest after each session, in minutes. */
            breakMinutes?: number;
            country?: components["schemas"]["CountryCode"];
            currency?: components["schemas"]["CurrencyCode"];
            /** @description Position on the expert page, ascending top to bottom. */
            listingOrder?: number;
            endMode?: components["schemas"]["EndMode"];
            endTiming?: components["schemas"]["EndTiming"];
            /** @description Plain text on one line, 1–120 characters (grapheme clusters) after trimming; stored trimmed. */
            title?: string;
            /** @description Plain text, 0–2000 characters (grapheme clusters); line breaks allowed. */
            description?: string;
            /**
             * @description This package's own booking policy; null or absent for the tenant's (`GET
             *     /v1/admin/settings`). Admin answers carry it only when the package has its own; null in a
             *     PATCH goes back to the tenant's.
             */
            bookingPolicy?: components["schemas"]["BookingPolicy"] | null;
        };
        /**
         * @description A complete package as an admin writes it. An online package needs a `service` and has no
         *     `location`; a face-to-face one has `service: null` and may name its `location`.
         */
        AppointmentPackageInput: WithRequired<components["schemas"]["PackageFields"], "appointmentType" | "service" | "durationMinutes" | "fee" | "credits" | "sessions" | "breakMinutes" | "country" | "currency" | "listingOrder" | "endMode" | "endTiming" | "title" | "description"> & unknown;
        /** @description The body of a create; `expertId` names the expert who sells the package. */
        AppointmentPackageCreate: {
            expertId: string;
        } & components["schemas"]["AppointmentPackageInput"];
        /** @description Some input fields of a package; the merged result must satisfy every rule. */
        AppointmentPackagePatch: components["schemas"]["PackageFields"];
        /** @description A stored package. */
        AppointmentPackage: {
            /** @example pkg_ist_first_consultation */
            id: string;
            /** @example exp_istanbul */
            expertId: string;
            /** @description Goes up by one on every change; send it back as `If-Match`. */
            version: number;
            /**
             * @description Present (`true`) only on an archived package, which admin answers show (and a customer's
             *     own bookings, `MyBookings.packages` and `ManagedBooking.package`): it is off sale
             *     (absent from public lists, a new purchase is refused) while its purchases keep their
             *     sessions. A package on sale has no `archived` field.
             * @constant
             */
            archived?: true;
            /**
             * @description In public answers (the reference server always sends it there) the policy that applies
             *     to this package's bookings: its own `bookingPolicy` (present beside it when the package
             *     has one) or the tenant's.
             */
            effectivePolicy?: components["schemas"]["BookingPolicy"];
        } & components["schemas"]["AppointmentPackageInput"];
        PackageList: {
            /** @description On the public list, the country whose packages these are (see the list's resolution order). */
            country?: components["schemas"]["CountryCode"];
            data: components["schemas"]["AppointmentPackage"][];
        };
        PackagePage: {
            data: components["schemas"]["AppointmentPackage"][];
            /** @description Pass as `cursor` for the next page; null on the last page. */
            nextCursor: string | null;
        };
        PackageOrder: {
            /** @description Every package id of the expert exactly once, top to bottom. */
            ids: string[];
        };
        /**
         * @description Something a successful write leaves for the admin to fix. `phone_balance_empty`: the package
         *     is a phone call while the tenant's phone balance is 0 USD, so its calls cannot be placed
         *     until a top-up.
         */
        Warning: {
            /** @enum {string} */
            code: "phone_balance_empty";
            message: string;
        };
        /**
         * @description A package as a create or an update answers: the stored package, plus `warnings` when the
         *     write succeeded but needs attention (absent when there are none).
         */
        AppointmentPackageWrite: {
            id: string;
            expertId: string;
            version: number;
            warnings?: components["schemas"]["Warning"][];
        } & components["schemas"]["AppointmentPackageInput"];
        /** @description The fields of a credit package an admin writes. */
        CreditPackageFields: {
            /** @description Plain text on one line, 1–120 characters (grapheme clusters) after trimming; stored trimmed. */
            title?: string;
            /** @description Credits one purchase grants. */
            credits?: number;
            /** @description Price in the smallest unit of `currency`. */
            price?: number;
            currency?: components["schemas"]["CurrencyCode"];
            country?: components["schemas"]["CountryCode"];
            /** @description Whether customers are offered it. */
            active?: boolean;
            /** @description Position in listings, ascending top to bottom. */
            listingOrder?: number;
        };
        /** @description A complete credit package as an admin writes it. */
        CreditPackageInput: WithRequired<components["schemas"]["CreditPackageFields"], "title" | "credits" | "price" | "currency" | "country" | "active" | "listingOrder">;
        /** @description Some fields of a credit package. */
        CreditPackagePatch: components["schemas"]["CreditPackageFields"];
        /** @description A stored credit package. */
        CreditPackage: {
            /** @example cpk_k3v7q2m4x8d5n6p9r2t4 */
            id: string;
            /** @description Goes up by one on every change; send it back as `If-Match`. */
            version: number;
        } & WithRequired<components["schemas"]["CreditPackageFields"], "title" | "credits" | "price" | "currency" | "country" | "active" | "listingOrder">;
        CreditPackageList: {
            /** @description On the public list, the country whose offers these are (see the list's resolution order). */
            country?: components["schemas"]["CountryCode"];
            data: components["schemas"]["CreditPackage"][];
        };
        /**
         * @description An active credit package on the public list. `campaignPrice` and `campaign` are present
         *     only while a running campaign lowers its price (never as a placeholder). The campaign price
         *     is computed on the server in the smallest unit of `currency`: a percentage discount is
         *     price − round-half-up(price × percentOff / 100), a fixed one price − amountOff, never
         *     below 0; when several discount campaigns apply, the lowest price wins (they never stack).
         */
        CreditOffer: {
            id: string;
            version: number;
            /** @description The price under `campaign`, lower than `price`, in the smallest unit of `currency`. */
            campaignPrice?: number;
            campaign?: components["schemas"]["CampaignSummary"];
        } & WithRequired<components["schemas"]["CreditPackageFields"], "title" | "credits" | "price" | "currency" | "country" | "active" | "listingOrder">;
        CreditOfferList: {
            /** @description The country whose offers these are (see the list's resolution order). */
            country?: components["schemas"]["CountryCode"];
            data: components["schemas"]["CreditOffer"][];
        };
        /** @description The campaign that lowers a credit offer's price. */
        CampaignSummary: {
            id: string;
            title: string;
            endsAt: components["schemas"]["Instant"];
        };
        /**
         * @description `gift_new_members` (gift credits when a customer is created), `gift_first_verification`
         *     (gift credits on a customer's first verified e-mail), `discount_all_credit_packages` (a
         *     percentage off every credit package), `discount_selected_credit_packages` (a percentage or
         *     a fixed amount off chosen credit packages).
         * @enum {string}
         */
        CampaignType: "gift_new_members" | "gift_first_verification" | "discount_all_credit_packages" | "discount_selected_credit_packages";
        /**
         * @description A complete campaign as an admin writes it: the common fields and the fields of its `type`
         *     only — `giftCredits` for `gift_new_members`; `giftCredits` and optionally `signedUpAfter`
         *     for `gift_first_verification`; `percentOff` for `discount_all_credit_packages`;
         *     `creditPackageIds` and either `percentOff` or `amountOff` with `currency` for
         *     `discount_selected_credit_packages`. A campaign runs while `active` and
         *     `startsAt` ≤ now < `endsAt`.
         */
        CampaignInput: {
            type: components["schemas"]["CampaignType"];
            /** @description 1–120 characters after trimming, one line; stored trimmed. */
            title: string;
            startsAt: components["schemas"]["InstantInput"];
            endsAt: components["schemas"]["InstantInput"];
            active: boolean;
            /** @description Credits granted to each customer, once per campaign. */
            giftCredits?: number;
            /** @description Gift only customers created after this instant; absent or null for every customer. */
            signedUpAfter?: components["schemas"]["InstantInput"] | null;
            percentOff?: number;
            /** @description Off each selected package's price, in the smallest unit of `currency`. */
            amountOff?: number;
            currency?: components["schemas"]["CurrencyCode"];
            creditPackageIds?: string[];
        };
        /** @description Some fields of a campaign (not its `type`); see the update's description. */
        CampaignPatch: {
            title?: string;
            startsAt?: components["schemas"]["InstantInput"];
            endsAt?: components["schemas"]["InstantInput"];
            active?: boolean;
            giftCredits?: number;
            signedUpAfter?: components["schemas"]["InstantInput"] | null;
            percentOff?: number;
            amountOff?: number;
            currency?: components["schemas"]["CurrencyCode"];
            creditPackageIds?: string[];
        };
        CampaignCommon: {
            /** @example cmp_k3v7q2m4x8d5n6p9r2t4 */
            id: string;
            /** @description Goes up by one on every change; send it back as `If-Match`. */
            version: number;
            title: string;
            startsAt: components["schemas"]["Instant"];
            /** @description After `startsAt`; the campaign runs while `active` and `startsAt` ≤ now < `endsAt`. */
            endsAt: components["schemas"]["Instant"];
            active: boolean;
        };
        /** @description A stored campaign, one shape per `type`. */
        Campaign: ({
            /** @constant */
            type: "gift_new_members";
            giftCredits: number;
        } & components["schemas"]["CampaignCommon"]) | ({
            /** @constant */
            type: "gift_first_verification";
            giftCredits: number;
            /** @description Only customers created after this instant are gifted; absent for every customer. */
            signedUpAfter?: components["schemas"]["Instant"];
        } & components["schemas"]["CampaignCommon"]) | ({
            /** @constant */
            type: "discount_all_credit_packages";
            percentOff: number;
        } & components["schemas"]["CampaignCommon"]) | ({
            /** @constant */
            type: "discount_selected_credit_packages";
            creditPackageIds: string[];
            percentOff?: number;
            amountOff?: number;
            currency?: components["schemas"]["CurrencyCode"];
        } & components["schemas"]["CampaignCommon"]);
        CampaignPage: {
            data: components["schemas"]["Campaign"][];
            /** @description The `cursor` of the next page; null on the last page. */
            nextCursor: string | null;
        };
        /**
         * @description A coupon code as the customer typed it; surrounding spaces are ignored and letters matched
         *     without regard to case.
         */
        CouponCodeInput: string;
        /** @description What a coupon gives, one of the two. */
        CouponValue: {
            /** @description Credits added to the customer's balance when the payment succeeds; the price is unchanged. */
            giftCredits: number;
        } | {
            /** @description A percentage off the price (see `appliesTo`), rounded half up in the smallest unit. */
            percentOff: number;
        };
        /**
         * @description Which price a percentage coupon discounts: `initial`, the package's own price (a
         *     campaign's price is then not applied, so coupon and campaign never stack), or `campaign`,
         *     the price after a running campaign's discount (the package's own price when none runs).
         * @enum {string}
         */
        CouponAppliesTo: "initial" | "campaign";
        /**
         * @description A coupon as an admin writes it: `count` generated codes or one named `code` (exactly one
         *     of the two).
         */
        CouponCreate: {
            /** @description For the back office and the sales report; 1–120 characters after trimming, one line. */
            title: string;
            /** @description How many codes to generate. */
            count?: number;
            /** @description One named code, 3–40 letters, digits and inner hyphens; stored uppercase. */
            code?: string;
            value: components["schemas"]["CouponValue"];
            /** @default initial */
            appliesTo: components["schemas"]["CouponAppliesTo"];
            /**
             * @description How many times one customer may use the coupon (any of its codes).
             * @default 1
             */
            usesPerCustomer: number;
            /** @description How many times each code may be used in all; absent for no limit. */
            totalUses?: number;
            startsAt: components["schemas"]["InstantInput"];
            /** @description When its codes stop working; after `startsAt`; absent for never. */
            expiresAt?: components["schemas"]["InstantInput"];
            /**
             * @description Only for customers who have not bought anything yet (no paid purchase or credit purchase).
             * @default false
             */
            newMembersOnly: boolean;
            /** @description Only for these experts' packages (then never for credit packages); absent for every package and credit package. */
            expertIds?: string[];
        };
        CouponCodeState: {
            /** @example K7QM-X2RD-9HTP */
            code: string;
            /** @description Uses counted against `totalUses`, paid ones and those held by a payment in progress. */
            uses: number;
        };
        /** @description A stored coupon with its codes. */
        Coupon: {
            /** @example cpn_q8w2e4r6t8y0u2i4o6p8 */
            id: string;
            title: string;
            codes: components["schemas"]["CouponCodeState"][];
            value: components["schemas"]["CouponValue"];
            appliesTo: components["schemas"]["CouponAppliesTo"];
            usesPerCustomer: number;
            /** @description Per code; null for no limit. */
            totalUses: number | null;
            startsAt: components["schemas"]["Instant"];
            /** @description Null for never. */
            expiresAt: components["schemas"]["Instant"] | null;
            newMembersOnly: boolean;
            /** @description The experts whose packages it is for; null for every package and credit package. */
            expertIds: string[] | null;
            /** @description False once deactivated. */
            active: boolean;
            createdAt: components["schemas"]["Instant"];
        };
        CouponPage: {
            data: components["schemas"]["Coupon"][];
            /** @description The `cursor` of the next page; null on the last page. */
            nextCursor: string | null;
        };
        /**
         * @description What happened: `purchase.paid` (a package purchase was paid by card, with credits or for
         *     free), `purchase.refunded`, `booking.created`, `booking.rescheduled`, `booking.cancelled`,
         *     or `credits.purchased` (a credit purchase was paid and its credits added).
         * @enum {string}
         */
        WebhookEventType: "purchase.paid" | "purchase.refunded" | "booking.created" | "booking.rescheduled" | "booking.cancelled" | "credits.purchased";
        /** @description The event types an endpoint receives; at least one, each once. */
        WebhookEventTypes: components["schemas"]["WebhookEventType"][];
        /**
         * @description Where events are POSTed: an absolute `https://` URL without credentials or `#fragment`.
         *     Loopback hosts (localhost, 127.x, [::1]) only when the server allows loopback webhooks, as
         *     tests do, and then over `http://` too. Checked again before every attempt.
         * @example https://crm.example/hooks/apptkit
         */
        WebhookUrl: string;
        WebhookEndpointCreate: {
            url: components["schemas"]["WebhookUrl"];
            events: components["schemas"]["WebhookEventTypes"];
            /** @description A note for the tenant's team (plain text), e.g. which system listens there. */
            description?: string;
        };
        /** @description The fields to change; at least one. */
        WebhookEndpointPatch: {
            url?: components["schemas"]["WebhookUrl"];
            events?: components["schemas"]["WebhookEventTypes"];
            /** @description False stops sending new events to it (a resend is still sent). */
            active?: boolean;
            /** @description The note; null removes it. */
            description?: string | null;
        };
        WebhookEndpointFields: {
            /** @example whe_k3v… */
            id: string;
            url: components["schemas"]["WebhookUrl"];
            events: components["schemas"]["WebhookEventTypes"];
            description: string | null;
            /** @description False while new events are not sent to it. */
            active: boolean;
            /** @description Goes up by one on every change; send it as `If-Match`. */
            version: number;
            createdAt: components["schemas"]["Instant"];
            updatedAt: components["schemas"]["Instant"];
        };
        /** @description A registered webhook endpoint; its signing secret is shown only by the create. */
        WebhookEndpoint: components["schemas"]["WebhookEndpointFields"];
        /** @description A new webhook endpoint with its signing secret, shown this once. */
        WebhookEndpointCreated: {
            /**
             * @description The signing secret, `whsec_` + the base64 of 32 random bytes. The server keeps it as is
             *     (it signs with it) and never shows it again: store it with the receiving system.
             */
            secret: string;
        } & components["schemas"]["WebhookEndpointFields"];
        WebhookEndpointList: {
            data: components["schemas"]["WebhookEndpoint"][];
        };
        /** @description One attempt of a delivery. */
        WebhookAttempt: {
            at: components["schemas"]["Instant"];
            /** @description The endpoint's answer; null when there was none (network error, timeout, refused URL). */
            statusCode: number | null;
            /** @description Why the attempt failed; null when the endpoint answered 2xx. */
            error: string | null;
        };
        /** @description One event for one endpoint, with its attempts. */
        WebhookDelivery: {
            /** @example whd_q8w… */
            id: string;
            endpointId: string;
            eventId: components["schemas"]["WebhookEventId"];
            type: components["schemas"]["WebhookEventType"];
            createdAt: components["schemas"]["Instant"];
            /** @description Attempts made, resends included. */
            attempts: number;
            /** @description The status code of the last attempt; null before the first or when it got no answer. */
            lastStatusCode: number | null;
            /** @description Why the last attempt failed; null when it succeeded or none was made. */
            lastError: string | null;
            /** @description When the next attempt is due (server clock); null once delivered or given up. */
            nextAttemptAt: components["schemas"]["Instant"] | null;
            /** @description When an attempt last succeeded; null while none has. */
            deliveredAt: components["schemas"]["Instant"] | null;
            /** @description The latest attempts, newest first, at most 10. */
            recentAttempts: components["schemas"]["WebhookAttempt"][];
        };
        WebhookDeliveryPage: {
            data: components["schemas"]["WebhookDelivery"][];
            /** @description The `cursor` of the next page; null on the last page. */
            nextCursor: string | null;
        };
        /**
         * @description An event's id, sent as `webhook-id`.
         * @example evt_2mxq7d4k9w3r5t8y1u6p
         */
        WebhookEventId: string;
        /**
         * @description The envelope of every webhook body: the event's `id` (also its `webhook-id`), `type`,
         *     `createdAt` (server clock, in the transaction that made the change) and `data`.
         */
        WebhookEvent: {
            id: components["schemas"]["WebhookEventId"];
            type: components["schemas"]["WebhookEventType"];
            createdAt: components["schemas"]["Instant"];
            /** @description The resource as the API shows it, by `type`; a `Purchase`, a `Booking` or a `CreditPurchase`. */
            data: {
                [key: string]: unknown;
            };
        };
        /** @description `purchase.paid` or `purchase.refunded`: `data` is the purchase. */
        PurchaseEvent: {
            /** @enum {string} */
            type: "purchase.paid" | "purchase.refunded";
            data: components["schemas"]["Purchase"];
        } & WithRequired<components["schemas"]["WebhookEvent"], "type" | "data">;
        /** @description `booking.created`, `booking.rescheduled` or `booking.cancelled`: `data` is the booking. */
        BookingEvent: {
            /** @enum {string} */
            type: "booking.created" | "booking.rescheduled" | "booking.cancelled";
            data: components["schemas"]["Booking"];
        } & WithRequired<components["schemas"]["WebhookEvent"], "type" | "data">;
        /** @description `credits.purchased`: `data` is the credit purchase. */
        CreditPurchaseEvent: {
            /** @constant */
            type: "credits.purchased";
            data: components["schemas"]["CreditPurchase"];
        } & WithRequired<components["schemas"]["WebhookEvent"], "type" | "data">;
        /** @description A purchase of a credit package (the fields of `CreditPurchaseReceipt` without the answer's own). */
        CreditPurchase: components["schemas"]["CreditPurchaseFields"];
        CreditPurchaseFields: {
            /** @example cpu_5hxq… */
            id: string;
            customerId: string;
            creditPackageId: string;
            /** @enum {string} */
            status: "pending" | "paid" | "failed";
            /** @description The card payment in the smallest unit of `currency`. */
            amount: number;
            currency: components["schemas"]["CurrencyCode"];
            /** @description Credits this purchase adds once paid. */
            credits: number;
            /** @description The campaign whose price was charged; absent when the full price was. */
            campaignId?: string;
            coupon?: components["schemas"]["CouponApplied"];
            provider: string;
            createdAt: components["schemas"]["Instant"];
        };
        /** @description Exactly one of `packageId` and `creditPackageId`. */
        CouponQuoteRequest: {
            couponCode: components["schemas"]["CouponCodeInput"];
            packageId?: string;
            creditPackageId?: string;
            /**
             * @description For a package, how it would be paid; a credit package is always paid by card.
             * @default card
             * @enum {string}
             */
            method: "card" | "credits";
            /**
             * Format: email
             * @description A guest's e-mail, to check the customer's rules before paying.
             */
            guestEmail?: string;
        };
        /**
         * @description The price with a coupon. For `method: credits`, `price`, `amount` and `discount` are
         *     credits; else minor units of `currency`. `amount` = base − round-half-up(base ×
         *     percentOff / 100), where base is `campaignPrice` for `appliesTo: campaign` when a
         *     campaign runs, else `price`; a gift-credits coupon leaves the price as it is.
         */
        CouponQuote: {
            /** @description The code as stored (uppercase). */
            couponCode: string;
            /** @enum {string} */
            method: "card" | "credits";
            currency: components["schemas"]["CurrencyCode"];
            /** @description The package's own price, before any campaign or coupon. */
            price: number;
            /** @description The running campaign's price the coupon started from (with `appliesTo` campaign); absent otherwise. */
            campaignPrice?: number;
            /** @description What the purchase would charge. */
            amount: number;
            /** @description What the coupon takes off. */
            discount: number;
            /** @description Credits a gift coupon adds once the payment succeeds. */
            giftCredits?: number;
        };
        /** @description The coupon a purchase used. */
        CouponApplied: {
            code: string;
            /** @description What it took off, in the purchase's unit (minor units of `currency`, or credits for a credits purchase). */
            discount: number;
            /** @description Credits it added (or adds once the payment succeeds). */
            giftCredits?: number;
        };
        CouponUse: {
            couponId: string;
            code: string;
            /** @description The purchase (`pur_…`) or credit purchase (`cpu_…`) that used it. */
            purchaseId: string;
            /**
             * @description `held` while its payment is in progress, `used` once paid, `released` when the payment failed or was abandoned.
             * @enum {string}
             */
            status: "held" | "used" | "released";
            discount: number;
            /** @description A currency code, or `credits`. */
            unit: string;
            giftCredits: number | null;
            createdAt: components["schemas"]["Instant"];
        };
        /**
         * @description When a customer may change a booking. A customer may cancel while the server clock is
         *     before the start minus `cancelCutoffHours`, and move it while before the start minus
         *     `rescheduleCutoffHours`. With `cancelReturnsSession` a timely cancellation gives the
         *     session back to the purchase (`sessionsUsed` − 1) to be booked again. The business may
         *     cancel at any time before the session (`POST /v1/admin/bookings/{bookingId}/cancel`).
         */
        BookingPolicy: {
            /** @description Hours before the start when customer cancellations close; 0 until the start. */
            cancelCutoffHours: number;
            /** @description Hours before the start when customer reschedules close. */
            rescheduleCutoffHours: number;
            /** @description Whether a timely cancellation returns the session to the purchase. */
            cancelReturnsSession: boolean;
        };
        /** @description Some of the settings an admin writes; at least one. */
        TenantSettingsPatch: {
            bookingPolicy?: components["schemas"]["BookingPolicy"];
            reminderMinutes?: components["schemas"]["ReminderMinutes"];
        };
        /** @description When customers are reminded of a session, in minutes before its start (5 minutes to 7 days), each once; empty for no reminders. */
        ReminderMinutes: number[];
        /** @description A booking as its manage page shows it. */
        ManagedBooking: {
            booking: components["schemas"]["Booking"];
            packageTitle: string;
            expertName: string;
            durationMinutes: number;
            /** @description The policy that applies to this booking (its package's `effectivePolicy`). */
            policy: components["schemas"]["BookingPolicy"];
            /**
             * @description The booking's package as public answers show it, an archived one included (marked
             *     `archived: true`): its kind, service and place. The reference server always sends it.
             */
            package?: components["schemas"]["AppointmentPackage"];
        };
        /** @description The answer of a cancel or a reschedule. */
        BookingChange: {
            booking: components["schemas"]["Booking"];
            purchase: components["schemas"]["Purchase"];
            /** @description Whether the notice e-mail was handed to the mailer before this answer; `false` when the mailer failed (the change stands) or, for an admin cancel, when `notifyCustomer` was false. */
            emailSent: boolean;
        };
        BookingCancel: {
            /** @description Why, in plain text (0–500 characters); kept with the booking. */
            reason?: string;
            locale?: components["schemas"]["Locale"];
            timeZone?: components["schemas"]["TimeZone"];
        };
        BookingReschedule: {
            /** @description The new start, one of the slots the expert offers for the package. */
            start: components["schemas"]["InstantInput"];
            locale?: components["schemas"]["Locale"];
            timeZone?: components["schemas"]["TimeZone"];
        };
        AdminBookingCancel: {
            /** @description Why, in plain text (0–500 characters); kept with the booking. */
            reason?: string;
            /**
             * @description Whether the session goes back to the purchase.
             * @default true
             */
            returnSession: boolean;
            /**
             * @description Whether the customer is e-mailed a cancellation notice.
             * @default true
             */
            notifyCustomer: boolean;
        };
        RefundCreate: {
            /**
             * @description `full`: the whole purchase; `unused_sessions`: the sessions never booked (and the upcoming ones with `cancelUpcoming`).
             * @enum {string}
             */
            scope: "full" | "unused_sessions";
            /** @description Why, in plain text (0–500 characters); kept with the refund, its ledger entry and cancelled bookings. */
            reason?: string;
            /**
             * @description `unused_sessions` only: also cancel the upcoming bookings and refund their sessions. A `full` refund always does (`false` is refused).
             * @default false
             */
            cancelUpcoming: boolean;
        };
        /** @description A refund of a package purchase. */
        Refund: {
            /** @example rfd_3kq… */
            id: string;
            purchaseId: string;
            /** @enum {string} */
            scope: "full" | "unused_sessions";
            /**
             * @description `succeeded` in the answer that makes it.
             * @enum {string}
             */
            status: "pending" | "succeeded" | "failed";
            /** @description Money back in the smallest unit of `currency`; 0 for a credits purchase and when nothing was paid. */
            amount: number;
            currency: components["schemas"]["CurrencyCode"];
            /** @description Credits back to the customer's balance for a credits purchase; null otherwise. */
            credits: number | null;
            /** @description Sessions taken off the purchase (never booked, plus the upcoming bookings cancelled). */
            sessions: number;
            /** @description The upcoming bookings this refund cancelled. */
            cancelledBookingIds: string[];
            /** @description `test` (offline test mode: no money moved), `stripe`, `credits`, or `none` (nothing to pay back). */
            provider: string;
            /** @description The provider's id of the refund; null for credits. */
            providerRefundId: string | null;
            /** @description The reason given; null when none. */
            reason: string | null;
            createdAt: components["schemas"]["Instant"];
        };
        /** @description The answer of a refund. */
        RefundAnswer: {
            refund: components["schemas"]["Refund"];
            purchase: components["schemas"]["Purchase"];
        };
        BookingChangeProblem: {
            /** @enum {unknown} */
            code?: "booking_cancelled" | "booking_ended" | "cancel_cutoff_passed" | "reschedule_cutoff_passed" | "slot_taken";
        } & (components["schemas"]["Problem"] & unknown);
        TenantSettings: {
            /** @description The tenant's home country, ISO 3166-1 alpha-2. */
            defaultCountry: string;
            /** @description The tenant's home currency, ISO 4217. */
            defaultCurrency: string;
            /** @description The policy of every package without its own (24 hours, 24 hours, session returned until changed). */
            bookingPolicy: components["schemas"]["BookingPolicy"];
            /** @description When customers are reminded of a session, in minutes before its start (`[1440, 60]` until changed). */
            reminderMinutes: components["schemas"]["ReminderMinutes"];
            /** @description Goes up by one on every change; send it back as `If-Match`. */
            version: number;
        };
        PhoneBalance: {
            /** @description US cents. */
            balance: number;
            /** @constant */
            currency: "USD";
        };
        PhoneTopUp: {
            /** @description US cents to add. */
            amount: number;
        };
        /** @enum {string} */
        PaymentAttemptStatus: "succeeded" | "failed" | "requires_action";
        /**
         * @description One sale: a payment attempt of a package purchase or of a credit-package purchase, or a free
         *     purchase (which records no attempt), with what was sold and the customer; or a settled
         *     refund of a package purchase (`kind: refund`), dated when it was made, its money or credits
         *     negative, so that the rows add up to what was kept.
         */
        SaleRow: {
            /** @description The row's id, unique in the report; the payment attempt's id (digits), the purchase's id for a free purchase, or the refund's id (`rfd_…`). */
            id: string;
            /**
             * @description What was sold; `packageId` and `packageTitle` name a package or a credit package accordingly. `refund`, a refund of the package purchase `purchaseId`.
             * @enum {string}
             */
            kind: "package" | "credit_package" | "refund";
            /** @description The package purchase (`pur_…`) or the credit-package purchase (`cpu_…`). */
            purchaseId: string;
            createdAt: components["schemas"]["Instant"];
            customerId: string;
            /** @description The customer's name; empty when none was given. */
            customerName: string;
            customerEmail: string;
            /** @description The package's expert; null for a credit package. */
            expertId: string | null;
            /** @description The package's id, or the credit package's id when `kind` is `credit_package`. */
            packageId: string;
            /** @description The current title of the package or credit package; null when the credit package has since been deleted. */
            packageTitle: string | null;
            /** @enum {string} */
            method: "card" | "credits" | "free";
            /** @description `test` (offline test mode), `stripe`, `credits`, or `none` for a free purchase. */
            provider: string;
            /** @description Money taken or tried, in the smallest unit of `currency`; 0 for a credits payment and a free purchase; negative (or 0) for a refund, the money given back. */
            amount: number;
            currency: components["schemas"]["CurrencyCode"];
            /** @description Credits paid (0 when a coupon took the whole price), or null for a card payment and a free purchase; negative (or 0) for the refund of a credits purchase. */
            credits: number | null;
            status: components["schemas"]["PaymentAttemptStatus"];
            /** @description The provider's failure code of a failed attempt; null otherwise. */
            failureCode: string | null;
            /** @description The campaign whose price was charged; null when none was. */
            campaignId: string | null;
            /** @description What the campaign took off, in the row's unit (minor units of `currency`, or credits for a credits payment). */
            campaignDiscount: number;
            /** @description The coupon used; null when none was. */
            couponId: string | null;
            /** @description The code used; null when none was. */
            couponCode: string | null;
            /** @description What the coupon took off, in the row's unit. */
            couponDiscount: number;
        };
        SalesTotal: {
            currency: components["schemas"]["CurrencyCode"];
            /** @description Money of succeeded card attempts (package and credit-package purchases) less succeeded refunds, in minor units of `currency`; negative when the range holds more refunds than sales. */
            succeeded: number;
            /** @description Money of failed card attempts, in minor units of `currency` (failed refunds add nothing). */
            failed: number;
            /** @description Rows counted (attempts, free purchases and refunds), whatever their outcome. */
            count: number;
            /** @description Credits of succeeded credits payments less credits refunded. */
            credits: number;
        };
        SalesReport: {
            data: components["schemas"]["SaleRow"][];
            /** @description Pass as `cursor` for the next page; null on the last page. */
            nextCursor: string | null;
            /** @description Per currency (ascending code), over the whole filtered range. */
            totals: components["schemas"]["SalesTotal"][];
        };
        FieldError: {
            /** @description The field's wire name (`title`, `ids[2]`, `cursor`, `Idempotency-Key`); empty for the body as a whole. */
            field: string;
            /** @description A stable machine code, e.g. `required`, `too_small`, `unknown_field`, `read_only`. */
            code: string;
            /** @description An English sentence naming the field and what is wrong. */
            message: string;
        };
        /** @enum {string} */
        ProblemCode: "missing_key" | "invalid_key" | "forbidden" | "origin_not_allowed" | "not_found" | "validation_failed" | "version_conflict" | "precondition_required" | "invalid_json" | "idempotency_key_required" | "slot_unavailable" | "slot_taken" | "hold_expired" | "customer_required" | "invalid_customer_token" | "insufficient_credits" | "payment_declined" | "purchase_not_paid" | "too_early" | "session_ended" | "not_your_booking" | "invalid_join_token" | "invalid_expert_token" | "expert_required" | "phone_balance_insufficient" | "package_has_purchases" | "booking_cancelled" | "booking_ended" | "cancel_cutoff_passed" | "reschedule_cutoff_passed" | "nothing_to_refund" | "refund_in_progress" | "refund_failed" | "client_joined" | "not_ended_yet" | "customer_exists" | "payload_too_large" | "unsupported_media_type" | "method_not_allowed" | "rate_limited" | "malformed_request" | "headers_too_large" | "request_timeout" | "internal";
        /** @description An RFC 9457 problem. */
        Problem: {
            /**
             * Format: uri
             * @description `https://apptkit.dev/problems/<code>`.
             */
            type: string;
            title: string;
            status: number;
            detail: string;
            code: components["schemas"]["ProblemCode"];
            requestId: string;
            errors?: components["schemas"]["FieldError"][];
            currentVersion?: number;
            /** @description `insufficient_credits`: the customer's credits balance. */
            balance?: number;
            /** @description `insufficient_credits`: the package's price in credits. */
            price?: number;
            /** @description `payment_declined`: the failed purchase, recorded with its payment attempt. */
            purchaseId?: string;
            /** @description `payment_declined`: why the provider declined, e.g. `card_declined`. */
            declineCode?: string;
            /** @description `too_early`: when joining the call opens. */
            joinOpensAt?: components["schemas"]["Instant"];
            /** @description `too_early`: the server clock when it answered. */
            serverTime?: components["schemas"]["Instant"];
            /** @description `phone_balance_insufficient`: the tenant's phone balance in US cents. */
            balanceUsdCents?: number;
            /** @description `phone_balance_insufficient`: the longest possible call's cost in US cents. */
            costUsdCents?: number;
            /** @description `customer_exists`: the customer who already has the e-mail. */
            customerId?: string;
            /** @description `cancel_cutoff_passed`, `reschedule_cutoff_passed`: when the customer's cut-off passed (the start minus `cutoffHours`). */
            deadline?: components["schemas"]["Instant"];
            /** @description `cancel_cutoff_passed`, `reschedule_cutoff_passed`: the cut-off of the policy that applies, in hours before the start. */
            cutoffHours?: number;
            /** @description `client_joined`: when the client first joined the call. */
            joinedAt?: components["schemas"]["Instant"];
            /** @description `not_ended_yet`: the session's scheduled end. */
            endsAt?: components["schemas"]["Instant"];
        };
        ValidationProblem: {
            /** @constant */
            code?: "validation_failed";
            errors: components["schemas"]["FieldError"][];
        } & WithRequired<components["schemas"]["Problem"], "errors">;
        VersionConflictProblem: {
            /** @constant */
            code?: "version_conflict";
        } & WithRequired<components["schemas"]["Problem"], "currentVersion">;
        SlotProblem: {
            /** @enum {unknown} */
            code?: "slot_unavailable" | "slot_taken";
            errors: components["schemas"]["FieldError"][];
        } & WithRequired<components["schemas"]["Problem"], "errors">;
        /**
         * Format: utc-instant
         * @description An ISO-8601 UTC instant ending in `Z`, e.g. `2026-10-25T01:00:00Z`, of a date and time that exist.
         * @example 2026-10-25T01:00:00Z
         */
        Instant: string;
        /**
         * Format: date-time
         * @description An ISO-8601 instant with `Z` or an offset, e.g. `2026-10-25T02:00:00+01:00`, of a date and
         *     time that exist; one outside [`1970-01-01T00:00:00Z`, `2200-01-01T00:00:00Z`) is a 422
         *     `out_of_range`, anything else not such an instant `invalid_format`.
         */
        InstantInput: string;
        /**
         * @description A wall-clock time `HH:MM` in the expert's zone; `24:00` (the next midnight) only as an end.
         * @example 09:30
         */
        WallTime: string;
        TimeRange: {
            start: components["schemas"]["WallTime"];
            end: components["schemas"]["WallTime"];
        };
        /** @description Available every `weekday` (ISO, Monday = 1) from `start` to `end`, wall time in the expert's zone. */
        WeeklyRule: {
            weekday: number;
            start: components["schemas"]["WallTime"];
            end: components["schemas"]["WallTime"];
        };
        /** @description Replaces the weekly rules of one local date; `intervals` empty = a day off. */
        DateOverride: {
            /** @description A local date `YYYY-MM-DD` in the expert's zone. */
            date: string;
            intervals: components["schemas"]["TimeRange"][];
        };
        /** @description A blocked period, busy whatever the rules say. */
        Block: {
            /** @example blk_4m2q… */
            id: string;
            start: components["schemas"]["Instant"];
            end: components["schemas"]["Instant"];
            reason: string;
        };
        BlockInput: {
            start: components["schemas"]["InstantInput"];
            end: components["schemas"]["InstantInput"];
            reason?: string;
        };
        Availability: {
            expertId: string;
            /**
             * Format: iana-time-zone
             * @description The expert's IANA zone, in which weekly rules and overrides are read.
             * @example Europe/Istanbul
             */
            timeZone: string;
            /** @description Goes up by one on every change; send it back as `If-Match`. */
            version: number;
            weekly: components["schemas"]["WeeklyRule"][];
            overrides: components["schemas"]["DateOverride"][];
            blocks: components["schemas"]["Block"][];
        };
        AvailabilityInput: {
            /** @description A new IANA zone for the expert; omitted keeps the current one. */
            timeZone?: string;
            weekly: components["schemas"]["WeeklyRule"][];
            overrides: components["schemas"]["DateOverride"][];
            blocks: components["schemas"]["BlockInput"][];
        };
        /** @description One bookable session, `end` = `start` + the package's duration. */
        Slot: {
            start: components["schemas"]["Instant"];
            end: components["schemas"]["Instant"];
        };
        SlotList: {
            expertId: string;
            packageId: string;
            /**
             * Format: iana-time-zone
             * @description The expert's IANA zone (show slots in the viewer's own zone).
             */
            timeZone: string;
            from: components["schemas"]["Instant"];
            to: components["schemas"]["Instant"];
            data: components["schemas"]["Slot"][];
        };
        HoldCreate: {
            expertId: string;
            /** @description A package of the expert; an unknown one is a 422 on `packageId`. */
            packageId: string;
            /** @description Session starts, each a slot currently offered; 1 to the package's `sessions`. */
            starts: components["schemas"]["InstantInput"][];
        };
        Hold: {
            /** @example hold_3kq… */
            id: string;
            /** @description A secret; send it as `Apptkit-Hold` to read or release the hold. Keep it no longer than the checkout. */
            token: string;
            expertId: string;
            packageId: string;
            /** @description The held sessions, ascending. */
            slots: components["schemas"]["Slot"][];
            expiresAt: components["schemas"]["Instant"];
        };
        PaymentProblem: {
            /** @enum {unknown} */
            code?: "insufficient_credits" | "payment_declined";
        } & components["schemas"]["Problem"];
        CustomerTokenCreate: {
            /**
             * Format: email
             * @description The customer's e-mail; an existing customer is found case-insensitively.
             */
            email: string;
            /** @description Stored for a new customer (or one without a name). */
            name?: string;
        };
        CustomerToken: {
            /** @description A secret for the widget to send as `Apptkit-Customer`; keep it no longer than the tab. */
            token: string;
            /** @example cus_4fq… */
            customerId: string;
            expiresAt: components["schemas"]["Instant"];
        };
        CustomerCreate: {
            /** @description Not blank (at least one character other than a space). */
            name: string;
            /**
             * Format: email
             * @description Unique among customers, compared case-insensitively.
             */
            email: string;
            /**
             * Format: e164
             * @description E.164, e.g. `+4915112345678`.
             */
            phone?: string;
            country?: components["schemas"]["CountryCode"];
            locale?: components["schemas"]["Locale"];
        };
        /** @description A customer as the back office sees them. */
        Customer: {
            /** @example cus_4fq… */
            id: string;
            email: string;
            /** @description Empty for a customer who never gave one. */
            name: string;
            /** @description E.164, or null. */
            phone: string | null;
            /** @description ISO 3166-1 alpha-2, or null. */
            country: components["schemas"]["CountryCode"] | null;
            /** @description The language the customer's e-mails are written in (from the latest `locale` sent), or null until one was sent. */
            locale: ("en" | "de" | "tr" | "ar") | null;
            /** @description The IANA time zone of the customer's e-mails, or null until one was sent. */
            timeZone: string | null;
            /** @description The credits balance, never negative. */
            credits: number;
            createdAt: components["schemas"]["Instant"];
        };
        CustomerPage: {
            data: components["schemas"]["Customer"][];
            /** @description Pass as `cursor` for the next page; null on the last page. */
            nextCursor: string | null;
        };
        /** @description A purchase of the customer, with the title of its package. */
        CustomerPurchase: {
            packageTitle: string;
        } & components["schemas"]["PurchaseFields"];
        /** @description One movement of a customer's credits. */
        CreditLedgerEntry: {
            id: string;
            /** @description Credits added (positive) or taken (negative). */
            amount: number;
            reason: string;
            /** @description The balance once this movement was made. */
            balanceAfter: number;
            createdAt: components["schemas"]["Instant"];
        };
        CustomerDetail: {
            customer: components["schemas"]["Customer"];
            /** @description The latest 100 purchases, newest first. */
            purchases: components["schemas"]["CustomerPurchase"][];
            /** @description The next 100 bookings that have not ended, ascending by start. */
            upcomingBookings: components["schemas"]["Booking"][];
            /** @description The latest 100 bookings that have ended, newest first. */
            pastBookings: components["schemas"]["Booking"][];
            /** @description The latest 100 entries of the credits ledger, newest first. */
            ledger: components["schemas"]["CreditLedgerEntry"][];
            /** @description The latest 100 uses of coupons, newest first. */
            couponUses: components["schemas"]["CouponUse"][];
        };
        /** @description A grant (positive `amount`) or deduction (negative `amount`) of credits, with its reason. */
        CreditGrant: {
            /** @description Credits to add (1 to 1,000,000) or, negative, to take away (-1 to -1,000,000); 0 → 422 on `amount`. */
            amount: number;
            reason: string;
        };
        CreditBalance: {
            customerId: string;
            credits: number;
        };
        Me: {
            id: string;
            email: string;
            name: string;
            /** @description The credits balance, never negative. */
            credits: number;
        };
        Guest: {
            /** @description Not blank (at least one character other than a space). */
            name: string;
            /** Format: email */
            email: string;
            /**
             * Format: e164
             * @description E.164, e.g. `+4915112345678`; required for a phone package.
             */
            phone?: string;
        };
        PurchaseCreate: {
            packageId: string;
            /**
             * @description `card`, `credits` (signed in, a package sold for credits) or `free`: only for a package
             *     whose `fee` is 0, which cannot be bought by card (422 on `method`); `free` for a priced
             *     package → 422 on `method`.
             * @enum {string}
             */
            method: "card" | "credits" | "free";
            /**
             * @description Card purchases only: the provider's payment method. Test mode: `pm_card_visa`
             *     (succeeds), `pm_card_declined` (declined), `pm_card_authentication_required` (needs
             *     confirmation). Required for a card purchase unless `couponCode` takes the whole price
             *     (nothing is charged then); missing while something is left to pay → 422 `required`.
             * @example pm_card_visa
             */
            paymentMethod?: string;
            /** @description A live hold of this package to book with the purchase; needs `holdToken`. */
            holdId?: string;
            holdToken?: string;
            guest?: components["schemas"]["Guest"];
            /** @description A coupon code (card or credits purchase); a code that cannot be used → 422 on `couponCode` with the reasons of `POST /v1/coupon-quotes`, and nothing is written. */
            couponCode?: components["schemas"]["CouponCodeInput"];
            locale?: components["schemas"]["Locale"];
            timeZone?: components["schemas"]["TimeZone"];
        };
        PurchaseConfirm: {
            /** @description The purchase's `token`; not needed when the purchase's customer is signed in. */
            purchaseToken?: string;
        };
        /** @description A purchase of a package and its session entitlements. */
        Purchase: components["schemas"]["PurchaseFields"];
        PurchaseFields: {
            /** @example pur_7dk… */
            id: string;
            customerId: string;
            packageId: string;
            expertId: string;
            /**
             * @description `free`: a package whose fee is 0, nothing charged.
             * @enum {string}
             */
            method: "card" | "credits" | "free";
            /**
             * @description `pending` until a card needing authentication is confirmed; `paid` grants the sessions; `failed` grants nothing; `refunded`: closed by a full refund (nothing more can be booked).
             * @enum {string}
             */
            status: "pending" | "paid" | "failed" | "refunded";
            /** @description What the card paid in the smallest unit of `currency`; 0 for credits and free. */
            amount: number;
            currency: components["schemas"]["CurrencyCode"];
            /** @description Credits paid (0 when a coupon took the whole price); null for a card or free purchase. */
            credits: number | null;
            coupon?: components["schemas"]["CouponApplied"];
            /**
             * @description `test` (offline test mode: no money moved), `stripe`, `credits`, or `none` (free).
             * @example test
             */
            provider: string;
            sessionsTotal: number;
            sessionsUsed: number;
            /** @description Sessions taken off the purchase by refunds; absent while no refund took any. Sessions left to book are `sessionsTotal − sessionsUsed − sessionsRefunded`. */
            sessionsRefunded?: number;
            createdAt: components["schemas"]["Instant"];
        };
        Booking: {
            /** @example bkg_2mx… */
            id: string;
            purchaseId: string;
            expertId: string;
            packageId: string;
            start: components["schemas"]["Instant"];
            end: components["schemas"]["Instant"];
            /**
             * @description Only in the answer that creates the booking: the guest's booking-scoped join token for the
             *     confirmation e-mail's call link, sent as `Apptkit-Join`. Stored only as a hash; never shown again.
             */
            joinToken?: string;
            /**
             * @description `cancelled` bookings keep their row for the history; their time is free again. The reference server always sends it.
             * @enum {string}
             */
            status?: "booked" | "cancelled";
            /** @description When it was cancelled (server clock); only on a cancelled booking. */
            cancelledAt?: components["schemas"]["Instant"];
            /**
             * @description Who cancelled it; only on a cancelled booking.
             * @enum {string}
             */
            cancelledBy?: "customer" | "business";
            /** @description Only on a cancelled booking; whether its session went back to the purchase. */
            sessionReturned?: boolean;
            /** @description Only while `booked`; the customer may cancel while the server clock is before it (the start minus the cancellation cut-off). */
            cancellableUntil?: components["schemas"]["Instant"];
            /** @description Only while `booked`; the customer may reschedule while the server clock is before it. */
            reschedulableUntil?: components["schemas"]["Instant"];
            /** @description The start before the last reschedule; absent when it was never moved. */
            rescheduledFrom?: components["schemas"]["Instant"];
            /** @description When the business marked the client a no-show (server clock); absent unless it did. The session stays used. */
            noShowAt?: components["schemas"]["Instant"];
        };
        /** @description A purchase as its create and confirm calls answer. */
        PurchaseReceipt: {
            /** @description Only when the purchase is created. A secret proving the purchase (confirm it, book its sessions as a guest). */
            token?: string;
            /** @enum {string} */
            paymentStatus: "succeeded" | "requires_action";
            /** @description With `requires_action` from a provider whose browser SDK completes the authentication (Stripe's PaymentIntent client secret); absent in test mode. */
            clientSecret?: string;
            /**
             * @description Present when the payment succeeded but the hold given with the purchase could not be
             *     booked: the card is charged outside the database transaction, and the hold expired
             *     (its slots may have been taken) before the charge completed. The purchase stays
             *     `paid` with all its sessions left to book (`POST /v1/bookings`); `bookings` is empty.
             */
            bookingProblem?: {
                /** @enum {string} */
                code: "hold_expired";
                /** @description What happened and what to do, for people. */
                detail: string;
            };
            bookings: components["schemas"]["Booking"][];
            /**
             * @description Whether the purchase's confirmation e-mail was handed to the mailer before this answer
             *     (the server waits for it). `false` while the payment waits for authentication, or when
             *     the mailer failed: the purchase stands all the same, so say "check your e-mail" only
             *     when `true`.
             */
            emailSent: boolean;
        } & components["schemas"]["PurchaseFields"];
        /** @description `holdId` with `holdToken`, or `starts`. */
        BookingCreate: {
            purchaseId: string;
            /** @description The purchase's `token`; not needed when the purchase's customer is signed in. */
            purchaseToken?: string;
            holdId?: string;
            holdToken?: string;
            /** @description Offered slot starts to book directly, 1 to the sessions left. */
            starts?: components["schemas"]["InstantInput"][];
            locale?: components["schemas"]["Locale"];
            timeZone?: components["schemas"]["TimeZone"];
        };
        BookingResult: {
            purchase: components["schemas"]["Purchase"];
            bookings: components["schemas"]["Booking"][];
            /** @description Whether the booking confirmation e-mail was handed to the mailer before this answer; `false` when the mailer failed (the bookings stand). */
            emailSent: boolean;
        };
        MyBookings: {
            /** @description Booked (not cancelled) bookings that have not ended, ascending by start. */
            bookings: components["schemas"]["Booking"][];
            /** @description Paid purchases with sessions still to book (`sessionsUsed` < `sessionsTotal`). */
            purchases: components["schemas"]["Purchase"][];
            /** @description The history, for the customer to look back on; ended or cancelled bookings, newest start first, at most 50. */
            pastBookings: components["schemas"]["Booking"][];
            /**
             * @description The purchase history, as the receipts say it: paid purchases of packages with nothing
             *     left to book (every session used or refunded) and refunded ones, and paid purchases of
             *     credits; newest first, at most 50. The reference server always sends it.
             */
            pastPurchases?: components["schemas"]["PastPurchase"][];
            /**
             * @description The packages of the listed bookings and purchases (`bookings`, `purchases`,
             *     `pastBookings`), each once, as public answers show a package (with `effectivePolicy`)
             *     and archived ones included (marked `archived: true`; they are off the public lists, but
             *     their buyers keep booking them): their titles, kinds, services and places. The
             *     reference server always sends it.
             */
            packages?: components["schemas"]["AppointmentPackage"][];
        };
        /** @description One purchase of the history, by `kind`: a package (`PastPackagePurchase`) or credits (`PastCreditPurchase`). */
        PastPurchase: components["schemas"]["PastPackagePurchase"] | components["schemas"]["PastCreditPurchase"];
        /** @description A purchase of a package in the history, with its package's title and what its refunds gave back. */
        PastPackagePurchase: {
            /** @constant */
            kind: "package";
            /** @description The package's title as it is now. */
            title: string;
            /** @description What its settled refunds gave back, in the purchase's unit (minor units of `currency`, or credits for a credits purchase); absent when it was never refunded. */
            refunded?: number;
        } & components["schemas"]["PurchaseFields"];
        /** @description A paid purchase of credits in the history, with its credit package's title. */
        PastCreditPurchase: {
            /** @constant */
            kind: "credits";
            /** @description The credit package's title as it is now; `null` when the credit package was deleted since. */
            title: string | null;
        } & components["schemas"]["CreditPurchaseFields"];
    };
    responses: {
        /** @description `rate_limited`: this address was sent 5 codes in the last 15 minutes (or the key and address made too many requests); wait `Retry-After` seconds. */
        SignInRateLimited: {
            headers: {
                "Request-Id": components["headers"]["Request-Id"];
                "Retry-After": components["headers"]["Retry-After"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description `not_found`: no credit purchase with this id of the signed-in customer. */
        CreditPurchaseNotFound: {
            headers: {
                "Request-Id": components["headers"]["Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description `purchase_not_paid`: the credit purchase failed, or its card still waits for authentication. */
        CreditPurchaseNotPaid: {
            headers: {
                "Request-Id": components["headers"]["Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description `origin_not_allowed`: the request carries an `Origin` (a web page's fetch); the outbox holds sign-in codes and join links, so it is answered without CORS headers. */
        OutboxForbidden: {
            headers: {
                "Request-Id": components["headers"]["Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description `not_found`: the server sends e-mail through a configured mailer, so it has no outbox. */
        OutboxNotFound: {
            headers: {
                "Request-Id": components["headers"]["Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /**
         * @description `missing_key` or `invalid_key` (the API key); `customer_required`: none of
         *     `Apptkit-Customer`, `Apptkit-Join`, `Apptkit-Expert` was sent; `expert_required`: ending
         *     needs `Apptkit-Expert`; `invalid_customer_token`, `invalid_join_token`,
         *     `invalid_expert_token`: the token is unknown or expired.
         */
        CallUnauthorized: {
            headers: {
                "Request-Id": components["headers"]["Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /**
         * @description `not_your_booking`: the caller is not a party of this booking, or asks for a role that is
         *     not theirs (only the expert joins as `expert` and ends); `origin_not_allowed`: the
         *     request's origin is not on the key's list.
         */
        CallForbidden: {
            headers: {
                "Request-Id": components["headers"]["Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description `too_early`: joining opens at `joinOpensAt`, 10 minutes before the scheduled start; `serverTime` is the server clock. */
        TooEarly: {
            headers: {
                "Request-Id": components["headers"]["Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["TooEarlyProblem"];
            };
        };
        /** @description `session_ended`: the session has ended, or the client never joined and the scheduled end has passed. */
        SessionEnded: {
            headers: {
                "Request-Id": components["headers"]["Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description `phone_balance_insufficient`: the tenant's USD phone balance (`balanceUsdCents`) is below the longest possible call's cost (`costUsdCents`); nothing was dialled or recorded. */
        PhoneBalanceInsufficient: {
            headers: {
                "Request-Id": components["headers"]["Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /**
         * @description `missing_key` or `invalid_key` (the API key); `customer_required`: the route needs a
         *     signed-in customer and `Apptkit-Customer` is missing; `invalid_customer_token`: the
         *     customer token is unknown or expired.
         */
        CustomerUnauthorized: {
            headers: {
                "Request-Id": components["headers"]["Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /**
         * @description `insufficient_credits`: the balance (`balance`) is below the package's price in credits
         *     (`price`); nothing was debited or written. `payment_declined`: the card was declined
         *     (`declineCode`); the failed purchase (`purchaseId`) and its payment attempt are recorded,
         *     it grants nothing and books nothing.
         */
        PaymentFailed: {
            headers: {
                "Request-Id": components["headers"]["Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["PaymentProblem"];
            };
        };
        /** @description `hold_expired`: the hold expired (server clock); hold the slots again. */
        HoldExpired: {
            headers: {
                "Request-Id": components["headers"]["Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description `not_found`: no purchase with this id for this customer or `purchaseToken`, or no hold with this id and `holdToken`. */
        PurchaseNotFound: {
            headers: {
                "Request-Id": components["headers"]["Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description `not_found`: no such customer. */
        CustomerNotFound: {
            headers: {
                "Request-Id": components["headers"]["Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /**
         * @description `purchase_not_paid`: the purchase is pending or failed; `slot_unavailable`: a start is not
         *     an offered slot; `slot_taken`: another hold or booking took that time (`errors` names
         *     `starts[i]`).
         */
        BookingConflict: {
            headers: {
                "Request-Id": components["headers"]["Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /**
         * @description `missing_key` or `invalid_key` (the API key); `customer_required`: neither
         *     `Apptkit-Customer` nor `Apptkit-Join` was sent; `invalid_customer_token`,
         *     `invalid_join_token`: the token is unknown or expired.
         */
        BookingUnauthorized: {
            headers: {
                "Request-Id": components["headers"]["Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description `not_found`: no booking with this id, or not one of the caller's (its customer's token or its own join token). */
        BookingNotFound: {
            headers: {
                "Request-Id": components["headers"]["Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /**
         * @description `booking_cancelled`: the booking is already cancelled (a replay with the first request's
         *     `Idempotency-Key` answers 200 instead); `booking_ended`: the session has started or
         *     ended; `cancel_cutoff_passed`: the cut-off passed at `deadline`, `cutoffHours` before the
         *     start, and `detail` states the policy in words. Nothing was changed.
         */
        CancelConflict: {
            headers: {
                "Request-Id": components["headers"]["Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["BookingChangeProblem"];
            };
        };
        /**
         * @description `reschedule_cutoff_passed`: the cut-off passed at `deadline`, `cutoffHours` before the
         *     start (`detail` states the policy in words); `booking_cancelled`; `booking_ended`;
         *     `slot_taken`: another booking or hold took that time first (`errors` names `start`). The
         *     booking keeps its time.
         */
        RescheduleConflict: {
            headers: {
                "Request-Id": components["headers"]["Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["BookingChangeProblem"];
            };
        };
        /**
         * @description `invalid_json`: the body is empty or not valid JSON; `idempotency_key_required`: the
         *     `Idempotency-Key` header is missing; or `malformed_request`: the request is not
         *     well-formed HTTP/1.1 (for example `Content-Length` beside `Transfer-Encoding: chunked`, or a
         *     control character in a header), refused before any route sees it. A request that does not
         *     arrive in time gets 408 `request_timeout` with the same problem body.
         */
        BadRequest: {
            headers: {
                "Request-Id": components["headers"]["Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /**
         * @description `slot_unavailable`: a start is not a slot the expert offers for the package (off the grid,
         *     outside availability, blocked, too soon); or `slot_taken`: another hold or booking took
         *     that time. `errors` names each offending `starts[i]`.
         */
        SlotConflict: {
            headers: {
                "Request-Id": components["headers"]["Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["SlotProblem"];
            };
        };
        /** @description `not_found`: no live hold with this id and token (expired, released, or a wrong `Apptkit-Hold`). */
        HoldNotFound: {
            headers: {
                "Request-Id": components["headers"]["Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description `invalid_json`: the body is empty or not valid JSON. */
        InvalidJson: {
            headers: {
                "Request-Id": components["headers"]["Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description `missing_key` or `invalid_key`: no API key, or one the tenant does not know. */
        Unauthorized: {
            headers: {
                "Request-Id": components["headers"]["Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /**
         * @description `origin_not_allowed`: the request's `Origin` is not on the key's allow-list. The answer
         *     still carries CORS headers so that the page can read it.
         */
        OriginNotAllowed: {
            headers: {
                "Request-Id": components["headers"]["Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /**
         * @description `forbidden`: a publishable key on an admin route; or `origin_not_allowed`: a browser
         *     request from an origin that is not an admin origin (answered without CORS headers).
         */
        AdminForbidden: {
            headers: {
                "Request-Id": components["headers"]["Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description `not_found`: no such expert or package. */
        NotFound: {
            headers: {
                "Request-Id": components["headers"]["Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description `version_conflict`: `If-Match` names another version than the stored one, given as `currentVersion`. */
        VersionConflict: {
            headers: {
                "Request-Id": components["headers"]["Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["VersionConflictProblem"];
            };
        };
        /** @description `headers_too_large`: the request line and headers exceed 16 KiB (a query string counts); refused by the HTTP parser before any route sees it. */
        HeadersTooLarge: {
            headers: {
                "Request-Id": components["headers"]["Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /**
         * @description `payload_too_large`: the body exceeds the route's size limit (16 KiB unless the route says
         *     otherwise; package bodies 128 KiB, availability 1 MiB), refused from `Content-Length` before
         *     it is read, or as soon as the stream passes the limit.
         */
        PayloadTooLarge: {
            headers: {
                "Request-Id": components["headers"]["Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description `unsupported_media_type`: the body was not sent as `application/json`. */
        UnsupportedMediaType: {
            headers: {
                "Request-Id": components["headers"]["Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /**
         * @description `validation_failed`: the `errors` list names every invalid field and what is wrong with it.
         *     Fields of a body are named by path (`guest.email`, `starts[2]`); path and query parameters by
         *     their name. Besides each field's own rules, every request passes one screen (see the API
         *     description): `invalid_characters`, `too_long`, `too_deep`, and `out_of_range` for instants.
         */
        ValidationFailed: {
            headers: {
                "Request-Id": components["headers"]["Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["ValidationProblem"];
            };
        };
        /** @description `precondition_required`: `If-Match` is missing. */
        PreconditionRequired: {
            headers: {
                "Request-Id": components["headers"]["Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description `rate_limited`: too many requests from this key and address; wait `Retry-After` seconds. */
        RateLimited: {
            headers: {
                "Request-Id": components["headers"]["Request-Id"];
                "Retry-After": components["headers"]["Retry-After"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /**
         * @description `not_ended_yet`: the session's scheduled end (`endsAt`) has not passed; `client_joined`: the
         *     client joined the call at `joinedAt`; `booking_cancelled`: the booking was cancelled.
         *     Nothing was changed.
         */
        NoShowConflict: {
            headers: {
                "Request-Id": components["headers"]["Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /**
         * @description `nothing_to_refund`: the purchase is not paid, or already refunded in full, or (for
         *     `unused_sessions`) has no session left to refund; `refund_in_progress`: another refund of
         *     the purchase is waiting for the provider (retry that request with its own
         *     `Idempotency-Key` to finish it). Nothing was changed.
         */
        RefundConflict: {
            headers: {
                "Request-Id": components["headers"]["Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /**
         * @description `refund_failed`: the payment provider refused the refund (`detail` gives its code); nothing
         *     went back, the sessions are back on the purchase (bookings it cancelled stay cancelled,
         *     their sessions returned). A new refund may be tried with a new `Idempotency-Key`.
         */
        RefundFailed: {
            headers: {
                "Request-Id": components["headers"]["Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description `internal`: an unexpected error; details are logged on the server under the request id, never sent. */
        Internal: {
            headers: {
                "Request-Id": components["headers"]["Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
    };
    parameters: {
        /** @description The booking's id, e.g. `bkg_2mx…`. */
        BookingId: string;
        /**
         * @description A guest's booking-scoped join token (the booking's `joinToken`): admits that booking's call
         *     only. Unknown → 401 `invalid_join_token`; another booking's → 403 `not_your_booking`.
         */
        "Apptkit-Join": string;
        /**
         * @description The booking-scoped join token that the confirmation e-mail's links carry (the booking's
         *     `joinToken`). Unknown → 401 `invalid_join_token`; another booking's → 404 `not_found`.
         */
        "Apptkit-Join-Manage": string;
        /**
         * @description An expert token (from `POST /v1/admin/expert-tokens`): admits that expert's bookings.
         *     Unknown or expired → 401 `invalid_expert_token`.
         */
        "Apptkit-Expert": string;
        /** @description An expert token. Missing → 401 `expert_required`; unknown or expired → 401 `invalid_expert_token`. */
        "Apptkit-Expert-Required": string;
        /** @description The customer's id, e.g. `cus_4f…`. */
        CustomerId: string;
        /** @description The credit package's id, e.g. `cpk_k3v…`. */
        CreditPackageId: string;
        /** @description The campaign's id, e.g. `cmp_k3v…`. */
        CampaignId: string;
        /** @description The coupon's id, e.g. `cpn_q8w…`. */
        CouponId: string;
        /** @description The purchase's id, e.g. `pur_7d…`. */
        PurchaseId: string;
        /** @description The credit purchase's id, e.g. `cpu_5hx…`. */
        CreditPurchaseId: string;
        /** @description The webhook endpoint's id, e.g. `whe_k3v…`. */
        WebhookEndpointId: string;
        /** @description The delivery's id (one event for one endpoint), e.g. `whd_q8w…`. */
        WebhookDeliveryId: string;
        /** @description The event's id (`evt_…`), the same on every attempt and resend of the event; receivers drop an id they have already handled. */
        "Webhook-Id": string;
        /** @description When this attempt was signed, in whole seconds since the Unix epoch (server clock); receivers refuse one too far from their own clock (Standard Webhooks uses 5 minutes). */
        "Webhook-Timestamp": string;
        /**
         * @description `v1,` and the base64 HMAC-SHA256 of `<webhook-id>.<webhook-timestamp>.<body>`, keyed by
         *     the endpoint's secret decoded from base64 after its `whsec_` prefix (Standard Webhooks).
         *     Verify it over the raw body, e.g. with the `standardwebhooks` package:
         *     `new Webhook(secret).verify(body, headers)`.
         */
        "Webhook-Signature": string;
        /** @description Only mails to this address (compared case-insensitively). */
        OutboxTo: string;
        /**
         * @description A customer token (from `POST /v1/admin/customer-tokens`): the request is made by that
         *     signed-in customer. Unknown or expired → 401 `invalid_customer_token`.
         */
        "Apptkit-Customer": string;
        /** @description A customer token. Missing → 401 `customer_required`; unknown or expired → 401 `invalid_customer_token`. */
        "Apptkit-Customer-Required": string;
        /** @description The expert's id, e.g. `exp_istanbul`. */
        ExpertId: string;
        /** @description The package's id, e.g. `pkg_ist_first_consultation`. */
        PackageId: string;
        /** @description The hold's id, e.g. `hold_3k…`. */
        HoldId: string;
        /** @description The hold's `token`, as returned when it was created. A wrong or missing token is a 404. */
        "Apptkit-Hold": string;
        /** @description Only packages sold in this ISO 3166-1 alpha-2 country (uppercase). */
        Country: components["schemas"]["CountryCode"];
        /**
         * @description The visitor's ISO 3166-1 alpha-2 country (uppercase), as the host site knows it; it wins
         *     over every inferred country and is never replaced by a fallback. An unassigned code → 422
         *     on `country`.
         */
        VisitorCountry: components["schemas"]["CountryCode"];
        /** @description Only packages sold in this ISO 4217 currency (uppercase). */
        Currency: components["schemas"]["CurrencyCode"];
        /**
         * @description The version you last read, as an entity tag: `"3"` (a weak `W/"3"` is accepted too).
         *     Missing → 428 `precondition_required`; another version → 412 `version_conflict`.
         */
        "If-Match": string;
        /**
         * @description A unique key per logical create (e.g. a UUID), so that retries do not create duplicates.
         *     Answers are replayed for 24 hours; reusing a key for a different body is a 422 on field
         *     `Idempotency-Key`.
         */
        "Idempotency-Key": string;
        /**
         * @description A unique key per logical write — hold, purchase, booking — (e.g. a UUID): a retry with the same key and body gets the
         *     first answer again. Missing → 400 `idempotency_key_required`; the same key with another
         *     body → 422 on field `Idempotency-Key`.
         */
        "Idempotency-Key-Required": string;
    };
    requestBodies: never;
    headers: {
        /** @description A random id of this request, also in problem bodies as `requestId`; quote it when reporting a problem. */
        "Request-Id": string;
        /** @description The resource's version (a package's, an availability's) as a strong entity tag, e.g. `"3"`; send it back as `If-Match`. */
        ETag: string;
        /** @description The path of the created package. */
        Location: string;
        /** @description The path of the credit package, `/v1/admin/credit-packages/{id}`. */
        CreditPackageLocation: string;
        /** @description The path of the campaign, `/v1/admin/campaigns/{id}`. */
        CampaignLocation: string;
        /** @description The path of the coupon, `/v1/admin/coupons/{id}`. */
        CouponLocation: string;
        /** @description The path of the purchase, `/v1/purchases/{id}`. */
        PurchaseLocation: string;
        /** @description The path of the hold, `/v1/holds/{id}`. */
        HoldLocation: string;
        /** @description The path of the webhook endpoint, `/v1/admin/webhook-endpoints/{id}`. */
        WebhookEndpointLocation: string;
        /** @description `true` when this answer replays the first request with the same `Idempotency-Key`. */
        "Idempotent-Replayed": "true";
        /** @description Seconds to wait before retrying. */
        "Retry-After": number;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The API answers. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
            400: components["responses"]["BadRequest"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["Internal"];
        };
    };
    listExperts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every expert of the tenant, by id. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExpertList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["OriginNotAllowed"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["Internal"];
        };
    };
    getExpert: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The expert's id, e.g. `exp_istanbul`. */
                expertId: components["parameters"]["ExpertId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The expert. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Expert"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["OriginNotAllowed"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["Internal"];
        };
    };
    listExpertPackages: {
        parameters: {
            query?: {
                /**
                 * @description The visitor's ISO 3166-1 alpha-2 country (uppercase), as the host site knows it; it wins
                 *     over every inferred country and is never replaced by a fallback. An unassigned code → 422
                 *     on `country`.
                 */
                country?: components["parameters"]["VisitorCountry"];
                /** @description Only packages sold in this ISO 4217 currency (uppercase). */
                currency?: components["parameters"]["Currency"];
            };
            header?: never;
            path: {
                /** @description The expert's id, e.g. `exp_istanbul`. */
                expertId: components["parameters"]["ExpertId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The expert's packages, top to bottom. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PackageList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["OriginNotAllowed"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["Internal"];
        };
    };
    listSlots: {
        parameters: {
            query: {
                /** @description The package whose slots to list; must belong to the expert. */
                packageId: string;
                /**
                 * @description Start of the range, an ISO-8601 instant with `Z` or an offset (encode `+` as `%2B`).
                 * @example 2026-10-24T00:00:00Z
                 */
                from: components["schemas"]["InstantInput"];
                /**
                 * @description End of the range (exclusive), after `from` and at most 62 days later.
                 * @example 2026-10-31T00:00:00Z
                 */
                to: components["schemas"]["InstantInput"];
            };
            header?: never;
            path: {
                /** @description The expert's id, e.g. `exp_istanbul`. */
                expertId: components["parameters"]["ExpertId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The slots, ascending. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SlotList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["OriginNotAllowed"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["Internal"];
        };
    };
    createHold: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description A unique key per logical write — hold, purchase, booking — (e.g. a UUID): a retry with the same key and body gets the
                 *     first answer again. Missing → 400 `idempotency_key_required`; the same key with another
                 *     body → 422 on field `Idempotency-Key`.
                 */
                "Idempotency-Key": components["parameters"]["Idempotency-Key-Required"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["HoldCreate"];
            };
        };
        responses: {
            /** @description The hold, with the token needed to read or release it. */
            201: {
                headers: {
                    "Request-Id": components["headers"]["Request-Id"];
                    Location: components["headers"]["HoldLocation"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Hold"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["OriginNotAllowed"];
            409: components["responses"]["SlotConflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["Internal"];
        };
    };
    getHold: {
        parameters: {
            query?: never;
            header: {
                /** @description The hold's `token`, as returned when it was created. A wrong or missing token is a 404. */
                "Apptkit-Hold": components["parameters"]["Apptkit-Hold"];
            };
            path: {
                /** @description The hold's id, e.g. `hold_3k…`. */
                holdId: components["parameters"]["HoldId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The hold. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Hold"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["OriginNotAllowed"];
            404: components["responses"]["HoldNotFound"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["Internal"];
        };
    };
    releaseHold: {
        parameters: {
            query?: never;
            header: {
                /** @description The hold's `token`, as returned when it was created. A wrong or missing token is a 404. */
                "Apptkit-Hold": components["parameters"]["Apptkit-Hold"];
            };
            path: {
                /** @description The hold's id, e.g. `hold_3k…`. */
                holdId: components["parameters"]["HoldId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Released. */
            204: {
                headers: {
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["OriginNotAllowed"];
            404: components["responses"]["HoldNotFound"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["Internal"];
        };
    };
    adminListPackages: {
        parameters: {
            query?: {
                /** @description Only packages of this expert. */
                expertId?: string;
                /** @description Only packages sold in this ISO 3166-1 alpha-2 country (uppercase). */
                country?: components["parameters"]["Country"];
                /** @description Only packages sold in this ISO 4217 currency (uppercase). */
                currency?: components["parameters"]["Currency"];
                /** @description Page size. */
                limit?: number;
                /** @description The `nextCursor` of the previous page; opaque. An unreadable cursor is a 422 on field `cursor`. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of packages. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PackagePage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["AdminForbidden"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["Internal"];
        };
    };
    adminCreatePackage: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A unique key per logical create (e.g. a UUID), so that retries do not create duplicates.
                 *     Answers are replayed for 24 hours; reusing a key for a different body is a 422 on field
                 *     `Idempotency-Key`.
                 */
                "Idempotency-Key"?: components["parameters"]["Idempotency-Key"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AppointmentPackageCreate"];
            };
        };
        responses: {
            /** @description The created package, at version 1. */
            201: {
                headers: {
                    "Request-Id": components["headers"]["Request-Id"];
                    ETag: components["headers"]["ETag"];
                    Location: components["headers"]["Location"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppointmentPackageWrite"];
                };
            };
            400: components["responses"]["InvalidJson"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["AdminForbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["Internal"];
        };
    };
    adminGetPackage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The package's id, e.g. `pkg_ist_first_consultation`. */
                packageId: components["parameters"]["PackageId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The package; its version is also the `ETag`. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["Request-Id"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppointmentPackage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["AdminForbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["Internal"];
        };
    };
    adminDeletePackage: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The version you last read, as an entity tag: `"3"` (a weak `W/"3"` is accepted too).
                 *     Missing → 428 `precondition_required`; another version → 412 `version_conflict`.
                 */
                "If-Match": components["parameters"]["If-Match"];
            };
            path: {
                /** @description The package's id, e.g. `pkg_ist_first_consultation`. */
                packageId: components["parameters"]["PackageId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["AdminForbidden"];
            404: components["responses"]["NotFound"];
            /** @description `package_has_purchases`: the package was bought; its purchases and bookings refer to it, so it stays. Archive it instead (`POST /v1/admin/packages/{packageId}/archive`): it leaves sale and its buyers keep booking their sessions. */
            409: {
                headers: {
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            412: components["responses"]["VersionConflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["ValidationFailed"];
            428: components["responses"]["PreconditionRequired"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["Internal"];
        };
    };
    adminUpdatePackage: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The version you last read, as an entity tag: `"3"` (a weak `W/"3"` is accepted too).
                 *     Missing → 428 `precondition_required`; another version → 412 `version_conflict`.
                 */
                "If-Match": components["parameters"]["If-Match"];
            };
            path: {
                /** @description The package's id, e.g. `pkg_ist_first_consultation`. */
                packageId: components["parameters"]["PackageId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AppointmentPackagePatch"];
            };
        };
        responses: {
            /** @description The updated package. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["Request-Id"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppointmentPackageWrite"];
                };
            };
            400: components["responses"]["InvalidJson"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["AdminForbidden"];
            404: components["responses"]["NotFound"];
            412: components["responses"]["VersionConflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            428: components["responses"]["PreconditionRequired"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["Internal"];
        };
    };
    adminArchivePackage: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The version you last read, as an entity tag: `"3"` (a weak `W/"3"` is accepted too).
                 *     Missing → 428 `precondition_required`; another version → 412 `version_conflict`.
                 */
                "If-Match": components["parameters"]["If-Match"];
            };
            path: {
                /** @description The package's id, e.g. `pkg_ist_first_consultation`. */
                packageId: components["parameters"]["PackageId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The archived package (`archived: true`), at a new version. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["Request-Id"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppointmentPackage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["AdminForbidden"];
            404: components["responses"]["NotFound"];
            412: components["responses"]["VersionConflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["ValidationFailed"];
            428: components["responses"]["PreconditionRequired"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["Internal"];
        };
    };
    adminUnarchivePackage: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The version you last read, as an entity tag: `"3"` (a weak `W/"3"` is accepted too).
                 *     Missing → 428 `precondition_required`; another version → 412 `version_conflict`.
                 */
                "If-Match": components["parameters"]["If-Match"];
            };
            path: {
                /** @description The package's id, e.g. `pkg_ist_first_consultation`. */
                packageId: components["parameters"]["PackageId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The package on sale (no `archived` field), at a new version. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["Request-Id"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppointmentPackage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["AdminForbidden"];
            404: components["responses"]["NotFound"];
            412: components["responses"]["VersionConflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["ValidationFailed"];
            428: components["responses"]["PreconditionRequired"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["Internal"];
        };
    };
    adminReorderPackages: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The expert's id, e.g. `exp_istanbul`. */
                expertId: components["parameters"]["ExpertId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PackageOrder"];
            };
        };
        responses: {
            /** @description The expert's packages in their new order. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PackageList"];
                };
            };
            400: components["responses"]["InvalidJson"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["AdminForbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["Internal"];
        };
    };
    adminGetAvailability: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The expert's id, e.g. `exp_istanbul`. */
                expertId: components["parameters"]["ExpertId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The availability; its version is also the `ETag`. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["Request-Id"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Availability"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["AdminForbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["Internal"];
        };
    };
    adminReplaceAvailability: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The version you last read, as an entity tag: `"3"` (a weak `W/"3"` is accepted too).
                 *     Missing → 428 `precondition_required`; another version → 412 `version_conflict`.
                 */
                "If-Match": components["parameters"]["If-Match"];
            };
            path: {
                /** @description The expert's id, e.g. `exp_istanbul`. */
                expertId: components["parameters"]["ExpertId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AvailabilityInput"];
            };
        };
        responses: {
            /** @description The stored availability. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["Request-Id"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Availability"];
                };
            };
            400: components["responses"]["InvalidJson"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["AdminForbidden"];
            404: components["responses"]["NotFound"];
            412: components["responses"]["VersionConflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            428: components["responses"]["PreconditionRequired"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["Internal"];
        };
    };
    adminCreateCustomerToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CustomerTokenCreate"];
            };
        };
        responses: {
            /** @description The token and the customer it signs in. */
            201: {
                headers: {
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerToken"];
                };
            };
            400: components["responses"]["InvalidJson"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["AdminForbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["Internal"];
        };
    };
    adminListCustomers: {
        parameters: {
            query?: {
                /** @description Text to find in the name or e-mail (case-insensitive substring; surrounding spaces ignored). Blank means every customer. */
                q?: string;
                /** @description Page size. */
                limit?: number;
                /** @description The `nextCursor` of the previous page; opaque. An unreadable cursor is a 422 on field `cursor`. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of customers. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["AdminForbidden"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["Internal"];
        };
    };
    adminCreateCustomer: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A unique key per logical create (e.g. a UUID), so that retries do not create duplicates.
                 *     Answers are replayed for 24 hours; reusing a key for a different body is a 422 on field
                 *     `Idempotency-Key`.
                 */
                "Idempotency-Key"?: components["parameters"]["Idempotency-Key"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CustomerCreate"];
            };
        };
        responses: {
            /** @description The customer added. */
            201: {
                headers: {
                    "Request-Id": components["headers"]["Request-Id"];
                    /** @description The path of the customer, `/v1/admin/customers/{id}`. */
                    Location?: string;
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Customer"];
                };
            };
            400: components["responses"]["InvalidJson"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["AdminForbidden"];
            /** @description `customer_exists`: a customer (`customerId`) already has this e-mail; `errors` names `email`. */
            409: {
                headers: {
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["Internal"];
        };
    };
    adminGetCustomer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The customer's id, e.g. `cus_4f…`. */
                customerId: components["parameters"]["CustomerId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The customer and their history. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["AdminForbidden"];
            404: components["responses"]["CustomerNotFound"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["Internal"];
        };
    };
    adminGrantCredits: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The customer's id, e.g. `cus_4f…`. */
                customerId: components["parameters"]["CustomerId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreditGrant"];
            };
        };
        responses: {
            /** @description The new balance. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreditBalance"];
                };
            };
            400: components["responses"]["InvalidJson"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["AdminForbidden"];
            404: components["responses"]["CustomerNotFound"];
            /** @description `insufficient_credits`: the deduction is larger than the balance (`balance`); `errors` names `amount`. Nothing was written. */
            409: {
                headers: {
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["Internal"];
        };
    };
    listCreditPackages: {
        parameters: {
            query?: {
                /**
                 * @description The visitor's ISO 3166-1 alpha-2 country (uppercase), as the host site knows it; it wins
                 *     over every inferred country and is never replaced by a fallback. An unassigned code → 422
                 *     on `country`.
                 */
                country?: components["parameters"]["VisitorCountry"];
                /** @description Only packages sold in this ISO 4217 currency (uppercase). */
                currency?: components["parameters"]["Currency"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The active credit packages. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreditOfferList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["OriginNotAllowed"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["Internal"];
        };
    };
    adminListCreditPackages: {
        parameters: {
            query?: {
                /** @description Only packages sold in this ISO 3166-1 alpha-2 country (uppercase). */
                country?: components["parameters"]["Country"];
                /** @description Only packages sold in this ISO 4217 currency (uppercase). */
                currency?: components["parameters"]["Currency"];
                /** @description Only active (`true`) or only inactive (`false`) ones. */
                active?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The credit packages. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreditPackageList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["AdminForbidden"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["Internal"];
        };
    };
    adminCreateCreditPackage: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A unique key per logical create (e.g. a UUID), so that retries do not create duplicates.
                 *     Answers are replayed for 24 hours; reusing a key for a different body is a 422 on field
                 *     `Idempotency-Key`.
                 */
                "Idempotency-Key"?: components["parameters"]["Idempotency-Key"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreditPackageInput"];
            };
        };
        responses: {
            /** @description The created credit package, at version 1. */
            201: {
                headers: {
                    "Request-Id": components["headers"]["Request-Id"];
                    ETag: components["headers"]["ETag"];
                    Location: components["headers"]["CreditPackageLocation"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreditPackage"];
                };
            };
            400: components["responses"]["InvalidJson"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["AdminForbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["Internal"];
        };
    };
    adminGetCreditPackage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The credit package's id, e.g. `cpk_k3v…`. */
                creditPackageId: components["parameters"]["CreditPackageId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The credit package; its version is also the `ETag`. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["Request-Id"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreditPackage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["AdminForbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["Internal"];
        };
    };
    adminDeleteCreditPackage: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The version you last read, as an entity tag: `"3"` (a weak `W/"3"` is accepted too).
                 *     Missing → 428 `precondition_required`; another version → 412 `version_conflict`.
                 */
                "If-Match": components["parameters"]["If-Match"];
            };
            path: {
                /** @description The credit package's id, e.g. `cpk_k3v…`. */
                creditPackageId: components["parameters"]["CreditPackageId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["AdminForbidden"];
            404: components["responses"]["NotFound"];
            412: components["responses"]["VersionConflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["ValidationFailed"];
            428: components["responses"]["PreconditionRequired"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["Internal"];
        };
    };
    adminUpdateCreditPackage: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The version you last read, as an entity tag: `"3"` (a weak `W/"3"` is accepted too).
                 *     Missing → 428 `precondition_required`; another version → 412 `version_conflict`.
                 */
                "If-Match": components["parameters"]["If-Match"];
            };
            path: {
                /** @description The credit package's id, e.g. `cpk_k3v…`. */
                creditPackageId: components["parameters"]["CreditPackageId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreditPackagePatch"];
            };
        };
        responses: {
            /** @description The updated credit package. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["Request-Id"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreditPackage"];
                };
            };
            400: components["responses"]["InvalidJson"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["AdminForbidden"];
            404: components["responses"]["NotFound"];
            412: components["responses"]["VersionConflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            428: components["responses"]["PreconditionRequired"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["Internal"];
        };
    };
    adminListCampaigns: {
        parameters: {
            query?: {
                /** @description Only campaigns whose `active` flag is `true` (or `false`); both when absent. */
                active?: "true" | "false";
                /** @description Only campaigns of this type. */
                type?: components["schemas"]["CampaignType"];
                /** @description Page size. */
                limit?: number;
                /** @description The `nextCursor` of the previous page; opaque. An unreadable cursor is a 422 on field `cursor`. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of campaigns. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["AdminForbidden"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["Internal"];
        };
    };
    adminCreateCampaign: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A unique key per logical create (e.g. a UUID), so that retries do not create duplicates.
                 *     Answers are replayed for 24 hours; reusing a key for a different body is a 422 on field
                 *     `Idempotency-Key`.
                 */
                "Idempotency-Key"?: components["parameters"]["Idempotency-Key"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CampaignInput"];
            };
        };
        responses: {
            /** @description The created campaign, at version 1. */
            201: {
                headers: {
                    "Request-Id": components["headers"]["Request-Id"];
                    ETag: components["headers"]["ETag"];
                    Location: components["headers"]["CampaignLocation"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Campaign"];
                };
            };
            400: components["responses"]["InvalidJson"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["AdminForbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["Internal"];
        };
    };
    adminGetCampaign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The campaign's id, e.g. `cmp_k3v…`. */
                campaignId: components["parameters"]["CampaignId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The campaign; its version is also the `ETag`. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["Request-Id"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Campaign"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["AdminForbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["Internal"];
        };
    };
    adminUpdateCampaign: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The version you last read, as an entity tag: `"3"` (a weak `W/"3"` is accepted too).
                 *     Missing → 428 `precondition_required`; another version → 412 `version_conflict`.
                 */
                "If-Match": components["parameters"]["If-Match"];
            };
            path: {
                /** @description The campaign's id, e.g. `cmp_k3v…`. */
                campaignId: components["parameters"]["CampaignId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CampaignPatch"];
            };
        };
        responses: {
            /** @description The updated campaign. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["Request-Id"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Campaign"];
                };
            };
            400: components["responses"]["InvalidJson"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["AdminForbidden"];
            404: components["responses"]["NotFound"];
            412: components["responses"]["VersionConflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            428: components["responses"]["PreconditionRequired"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["Internal"];
        };
    };
    adminEndCampaign: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The version you last read, as an entity tag: `"3"` (a weak `W/"3"` is accepted too).
                 *     Missing → 428 `precondition_required`; another version → 412 `version_conflict`.
                 */
                "If-Match": components["parameters"]["If-Match"];
            };
            path: {
                /** @description The campaign's id, e.g. `cmp_k3v…`. */
                campaignId: components["parameters"]["CampaignId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The ended campaign. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["Request-Id"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Campaign"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["AdminForbidden"];
            404: components["responses"]["NotFound"];
            412: components["responses"]["VersionConflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["ValidationFailed"];
            428: components["responses"]["PreconditionRequired"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["Internal"];
        };
    };
    adminListCoupons: {
        parameters: {
            query?: {
                /** @description Only coupons whose `active` flag is `true` (or `false`); both when absent. */
                active?: "true" | "false";
                /** @description Page size. */
                limit?: number;
                /** @description The `nextCursor` of the previous page; opaque. An unreadable cursor is a 422 on field `cursor`. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of coupons. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CouponPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["AdminForbidden"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["Internal"];
        };
    };
    adminCreateCoupon: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A unique key per logical create (e.g. a UUID), so that retries do not create duplicates.
                 *     Answers are replayed for 24 hours; reusing a key for a different body is a 422 on field
                 *     `Idempotency-Key`.
                 */
                "Idempotency-Key"?: components["parameters"]["Idempotency-Key"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CouponCreate"];
            };
        };
        responses: {
            /** @description The created coupon with its codes. */
            201: {
                headers: {
                    "Request-Id": components["headers"]["Request-Id"];
                    Location: components["headers"]["CouponLocation"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Coupon"];
                };
            };
            400: components["responses"]["InvalidJson"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["AdminForbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["Internal"];
        };
    };
    adminGetCoupon: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The coupon's id, e.g. `cpn_q8w…`. */
                couponId: components["parameters"]["CouponId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The coupon. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Coupon"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["AdminForbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["Internal"];
        };
    };
    adminDeactivateCoupon: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The coupon's id, e.g. `cpn_q8w…`. */
                couponId: components["parameters"]["CouponId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The deactivated coupon. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Coupon"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["AdminForbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["Internal"];
        };
    };
    adminListWebhookEndpoints: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The endpoints. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpointList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["AdminForbidden"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["Internal"];
        };
    };
    adminCreateWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A unique key per logical create (e.g. a UUID), so that retries do not create duplicates.
                 *     Answers are replayed for 24 hours; reusing a key for a different body is a 422 on field
                 *     `Idempotency-Key`.
                 */
                "Idempotency-Key"?: components["parameters"]["Idempotency-Key"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookEndpointCreate"];
            };
        };
        responses: {
            /** @description The endpoint with its signing secret. */
            201: {
                headers: {
                    "Request-Id": components["headers"]["Request-Id"];
                    ETag: components["headers"]["ETag"];
                    Location: components["headers"]["WebhookEndpointLocation"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpointCreated"];
                };
            };
            400: components["responses"]["InvalidJson"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["AdminForbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["Internal"];
        };
    };
    adminGetWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The webhook endpoint's id, e.g. `whe_k3v…`. */
                endpointId: components["parameters"]["WebhookEndpointId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The endpoint; its version is also the `ETag`. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["Request-Id"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpoint"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["AdminForbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["Internal"];
        };
    };
    adminDeleteWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The webhook endpoint's id, e.g. `whe_k3v…`. */
                endpointId: components["parameters"]["WebhookEndpointId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["AdminForbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["Internal"];
        };
    };
    adminUpdateWebhookEndpoint: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The version you last read, as an entity tag: `"3"` (a weak `W/"3"` is accepted too).
                 *     Missing → 428 `precondition_required`; another version → 412 `version_conflict`.
                 */
                "If-Match": components["parameters"]["If-Match"];
            };
            path: {
                /** @description The webhook endpoint's id, e.g. `whe_k3v…`. */
                endpointId: components["parameters"]["WebhookEndpointId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookEndpointPatch"];
            };
        };
        responses: {
            /** @description The updated endpoint. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["Request-Id"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpoint"];
                };
            };
            400: components["responses"]["InvalidJson"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["AdminForbidden"];
            404: components["responses"]["NotFound"];
            412: components["responses"]["VersionConflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            428: components["responses"]["PreconditionRequired"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["Internal"];
        };
    };
    adminListWebhookDeliveries: {
        parameters: {
            query?: {
                /** @description Page size. */
                limit?: number;
                /** @description The `nextCursor` of the previous page; opaque. An unreadable cursor is a 422 on field `cursor`. */
                cursor?: string;
            };
            header?: never;
            path: {
                /** @description The webhook endpoint's id, e.g. `whe_k3v…`. */
                endpointId: components["parameters"]["WebhookEndpointId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of deliveries. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeliveryPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["AdminForbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["Internal"];
        };
    };
    adminResendWebhookDelivery: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The delivery's id (one event for one endpoint), e.g. `whd_q8w…`. */
                deliveryId: components["parameters"]["WebhookDeliveryId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The resend is queued. */
            202: {
                headers: {
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDelivery"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["AdminForbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["Internal"];
        };
    };
    quoteCoupon: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A customer token (from `POST /v1/admin/customer-tokens`): the request is made by that
                 *     signed-in customer. Unknown or expired → 401 `invalid_customer_token`.
                 */
                "Apptkit-Customer"?: components["parameters"]["Apptkit-Customer"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CouponQuoteRequest"];
            };
        };
        responses: {
            /** @description The price with the coupon. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CouponQuote"];
                };
            };
            400: components["responses"]["InvalidJson"];
            401: components["responses"]["CustomerUnauthorized"];
            403: components["responses"]["OriginNotAllowed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["Internal"];
        };
    };
    adminGetSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The settings. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["Request-Id"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TenantSettings"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["AdminForbidden"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["Internal"];
        };
    };
    adminUpdateSettings: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The version you last read, as an entity tag: `"3"` (a weak `W/"3"` is accepted too).
                 *     Missing → 428 `precondition_required`; another version → 412 `version_conflict`.
                 */
                "If-Match": components["parameters"]["If-Match"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TenantSettingsPatch"];
            };
        };
        responses: {
            /** @description The updated settings. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["Request-Id"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TenantSettings"];
                };
            };
            400: components["responses"]["InvalidJson"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["AdminForbidden"];
            412: components["responses"]["VersionConflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            428: components["responses"]["PreconditionRequired"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["Internal"];
        };
    };
    adminGetPhoneBalance: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The balance. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PhoneBalance"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["AdminForbidden"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["Internal"];
        };
    };
    adminTopUpPhoneBalance: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A unique key per logical create (e.g. a UUID), so that retries do not create duplicates.
                 *     Answers are replayed for 24 hours; reusing a key for a different body is a 422 on field
                 *     `Idempotency-Key`.
                 */
                "Idempotency-Key"?: components["parameters"]["Idempotency-Key"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PhoneTopUp"];
            };
        };
        responses: {
            /** @description The new balance. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PhoneBalance"];
                };
            };
            400: components["responses"]["InvalidJson"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["AdminForbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["Internal"];
        };
    };
    adminSalesReport: {
        parameters: {
            query?: {
                /** @description Only rows created at or after this instant (ISO-8601 with `Z` or an offset; encode `+` as `%2B`). */
                from?: components["schemas"]["InstantInput"];
                /** @description Only rows created before this instant (exclusive); must be after `from`. */
                to?: components["schemas"]["InstantInput"];
                /** @description Only package purchases of this expert (credit-package sales belong to no expert and are left out). */
                expertId?: string;
                /** @description Only rows with this outcome (a free purchase counts as `succeeded`). */
                status?: components["schemas"]["PaymentAttemptStatus"];
                /** @description Page size. */
                limit?: number;
                /** @description The `nextCursor` of the previous page; opaque. An unreadable cursor is a 422 on field `cursor`. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of the report and the totals of the whole range. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SalesReport"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["AdminForbidden"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["Internal"];
        };
    };
    getMe: {
        parameters: {
            query?: never;
            header: {
                /** @description A customer token. Missing → 401 `customer_required`; unknown or expired → 401 `invalid_customer_token`. */
                "Apptkit-Customer": components["parameters"]["Apptkit-Customer-Required"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The customer of the `Apptkit-Customer` token, with the credits balance. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Me"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["CustomerUnauthorized"];
            403: components["responses"]["OriginNotAllowed"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["Internal"];
        };
    };
    getMyBookings: {
        parameters: {
            query?: never;
            header: {
                /** @description A customer token. Missing → 401 `customer_required`; unknown or expired → 401 `invalid_customer_token`. */
                "Apptkit-Customer": components["parameters"]["Apptkit-Customer-Required"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Booked sessions that have not ended (server clock), ascending; paid purchases with sessions left to book; the history of ended or cancelled sessions; and the purchase history (`pastPurchases`). */
            200: {
                headers: {
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyBookings"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["CustomerUnauthorized"];
            403: components["responses"]["OriginNotAllowed"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["Internal"];
        };
    };
    createPurchase: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description A unique key per logical write — hold, purchase, booking — (e.g. a UUID): a retry with the same key and body gets the
                 *     first answer again. Missing → 400 `idempotency_key_required`; the same key with another
                 *     body → 422 on field `Idempotency-Key`.
                 */
                "Idempotency-Key": components["parameters"]["Idempotency-Key-Required"];
                /**
                 * @description A customer token (from `POST /v1/admin/customer-tokens`): the request is made by that
                 *     signed-in customer. Unknown or expired → 401 `invalid_customer_token`.
                 */
                "Apptkit-Customer"?: components["parameters"]["Apptkit-Customer"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PurchaseCreate"];
            };
        };
        responses: {
            /** @description Paid; with the bookings of the hold, if one was given. */
            201: {
                headers: {
                    "Request-Id": components["headers"]["Request-Id"];
                    Location: components["headers"]["PurchaseLocation"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PurchaseReceipt"];
                };
            };
            /** @description The card needs the customer's authentication; the purchase is `pending` until confirmed. */
            202: {
                headers: {
                    "Request-Id": components["headers"]["Request-Id"];
                    Location: components["headers"]["PurchaseLocation"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PurchaseReceipt"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["CustomerUnauthorized"];
            402: components["responses"]["PaymentFailed"];
            403: components["responses"]["OriginNotAllowed"];
            404: components["responses"]["HoldNotFound"];
            410: components["responses"]["HoldExpired"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["Internal"];
        };
    };
    confirmPurchase: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A customer token (from `POST /v1/admin/customer-tokens`): the request is made by that
                 *     signed-in customer. Unknown or expired → 401 `invalid_customer_token`.
                 */
                "Apptkit-Customer"?: components["parameters"]["Apptkit-Customer"];
            };
            path: {
                /** @description The purchase's id, e.g. `pur_7d…`. */
                purchaseId: components["parameters"]["PurchaseId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PurchaseConfirm"];
            };
        };
        responses: {
            /** @description The paid purchase and its bookings. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PurchaseReceipt"];
                };
            };
            400: components["responses"]["InvalidJson"];
            401: components["responses"]["CustomerUnauthorized"];
            402: components["responses"]["PaymentFailed"];
            403: components["responses"]["OriginNotAllowed"];
            404: components["responses"]["PurchaseNotFound"];
            409: components["responses"]["BookingConflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["Internal"];
        };
    };
    createBookings: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description A unique key per logical write — hold, purchase, booking — (e.g. a UUID): a retry with the same key and body gets the
                 *     first answer again. Missing → 400 `idempotency_key_required`; the same key with another
                 *     body → 422 on field `Idempotency-Key`.
                 */
                "Idempotency-Key": components["parameters"]["Idempotency-Key-Required"];
                /**
                 * @description A customer token (from `POST /v1/admin/customer-tokens`): the request is made by that
                 *     signed-in customer. Unknown or expired → 401 `invalid_customer_token`.
                 */
                "Apptkit-Customer"?: components["parameters"]["Apptkit-Customer"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BookingCreate"];
            };
        };
        responses: {
            /** @description The new bookings and the purchase's updated entitlements. */
            201: {
                headers: {
                    "Request-Id": components["headers"]["Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BookingResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["CustomerUnauthorized"];
            403: components["responses"]["OriginNotAllowed"];
            404: components["responses"]["PurchaseNotFound"];
            409: components["responses"]["BookingConflict"];
            410: components["responses"]["HoldExpired"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["Internal"];
        };
    };
    getBooking: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A customer token (from `POST /v1/admin/customer-tokens`): the request is made by that
                 *     signed-in customer. Unknown or expired → 401 `invalid_customer_token`.
                 */
                "Apptkit-Customer"?: components["parameters"]["Apptkit-Customer"];
                /**
                 * @description The booking-scoped join token that the confirmation e-mail's links carry (the booking's
                 *     `joinToken`). Unknown → 401 `invalid_join_token`; another booking's → 404 `not_found`.
                 */
                "Apptkit-Join"?: components["parameters"]["Apptkit-Join-Manage"];
            };
            path: {
                /** @description The booking's id, e.g. `bkg_2mx…`. */
                bookingId: components["parameters"]["BookingId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The booking as its customer sees it. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ManagedBooking"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["BookingUnauthorized"];
            403: components["responses"]["OriginNotAllowed"];
            404: components["responses"]["BookingNotFound"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["Internal"];
        };
    };
    cancelBooking: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description A unique key per logical write — hold, purchase, booking — (e.g. a UUID): a retry with the same key and body gets the
                 *     first answer again. Missing → 400 `idempotency_key_required`; the same key with another
                 *     body → 422 on field `Idempotency-Key`.
                 */
                "Idempotency-Key": components["parameters"]["Idempotency-Key-Required"];
                /**
                 * @description A customer token (from `POST /v1/admin/customer-tokens`): the request is made by that
                 *     signed-in customer. Unknown or expired → 401 `invalid_customer_token`.
                 */
                "Apptkit-Customer"?: components["parameters"]["Apptkit-Customer"];
                /**
                 * @description The booking-scoped join token that the confirmation e-mail's links carry (the booking's
                 *     `joinToken`). Unknown → 401 `invalid_join_token`; another booking's → 404 `not_found`.
                 */
                "Apptkit-Join"?: components["parameters"]["Apptkit-Join-Manage"];
            };
            path: {
                /** @description The booking's id, e.g. `bkg_2mx…`. */
                bookingId: components["parameters"]["BookingId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BookingCancel"];
            };
        };
        responses: {
            /** @description The cancelled booking and its purchase's entitlements. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BookingChange"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["BookingUnauthorized"];
            403: components["responses"]["OriginNotAllowed"];
            404: components["responses"]["BookingNotFound"];
            409: components["responses"]["CancelConflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["Internal"];
        };
    };
    rescheduleBooking: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description A unique key per logical write — hold, purchase, booking — (e.g. a UUID): a retry with the same key and body gets the
                 *     first answer again. Missing → 400 `idempotency_key_required`; the same key with another
                 *     body → 422 on field `Idempotency-Key`.
                 */
                "Idempotency-Key": components["parameters"]["Idempotency-Key-Required"];
                /**
                 * @description A customer token (from `POST /v1/admin/customer-tokens`): the request is made by that
                 *     signed-in customer. Unknown or expired → 401 `invalid_customer_token`.
                 */
                "Apptkit-Customer"?: components["parameters"]["Apptkit-Customer"];
                /**
                 * @description The booking-scoped join token that the confirmation e-mail's links carry (the booking's
                 *     `joinToken`). Unknown → 401 `invalid_join_token`; another booking's → 404 `not_found`.
                 */
                "Apptkit-Join"?: components["parameters"]["Apptkit-Join-Manage"];
            };
            path: {
                /** @description The booking's id, e.g. `bkg_2mx…`. */
                bookingId: components["parameters"]["BookingId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BookingReschedule"];
            };
        };
        responses: {
            /** @description The moved booking and its purchase. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BookingChange"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["BookingUnauthorized"];
            403: components["responses"]["OriginNotAllowed"];
            404: components["responses"]["BookingNotFound"];
            409: components["responses"]["RescheduleConflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["Internal"];
        };
    };
    adminCancelBooking: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description A unique key per logical write — hold, purchase, booking — (e.g. a UUID): a retry with the same key and body gets the
                 *     first answer again. Missing → 400 `idempotency_key_required`; the same key with another
                 *     body → 422 on field `Idempotency-Key`.
                 */
                "Idempotency-Key": components["parameters"]["Idempotency-Key-Required"];
            };
            path: {
                /** @description The booking's id, e.g. `bkg_2mx…`. */
                bookingId: components["parameters"]["BookingId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AdminBookingCancel"];
            };
        };
        responses: {
            /** @description The cancelled booking and its purchase's entitlements. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BookingChange"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["AdminForbidden"];
            404: components["responses"]["BookingNotFound"];
            409: components["responses"]["CancelConflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["Internal"];
        };
    };
    adminMarkNoShow: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description A unique key per logical write — hold, purchase, booking — (e.g. a UUID): a retry with the same key and body gets the
                 *     first answer again. Missing → 400 `idempotency_key_required`; the same key with another
                 *     body → 422 on field `Idempotency-Key`.
                 */
                "Idempotency-Key": components["parameters"]["Idempotency-Key-Required"];
            };
            path: {
                /** @description The booking's id, e.g. `bkg_2mx…`. */
                bookingId: components["parameters"]["BookingId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The booking, with `noShowAt`. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Booking"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["AdminForbidden"];
            404: components["responses"]["BookingNotFound"];
            409: components["responses"]["NoShowConflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["Internal"];
        };
    };
    adminRefundPurchase: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description A unique key per logical write — hold, purchase, booking — (e.g. a UUID): a retry with the same key and body gets the
                 *     first answer again. Missing → 400 `idempotency_key_required`; the same key with another
                 *     body → 422 on field `Idempotency-Key`.
                 */
                "Idempotency-Key": components["parameters"]["Idempotency-Key-Required"];
            };
            path: {
                /** @description The purchase's id, e.g. `pur_7d…`. */
                purchaseId: components["parameters"]["PurchaseId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefundCreate"];
            };
        };
        responses: {
            /** @description The refund, succeeded, and the purchase as it is now. */
            201: {
                headers: {
                    "Request-Id": components["headers"]["Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RefundAnswer"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["AdminForbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["RefundConflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["Internal"];
            502: components["responses"]["RefundFailed"];
        };
    };
    joinCall: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A customer token (from `POST /v1/admin/customer-tokens`): the request is made by that
                 *     signed-in customer. Unknown or expired → 401 `invalid_customer_token`.
                 */
                "Apptkit-Customer"?: components["parameters"]["Apptkit-Customer"];
                /**
                 * @description A guest's booking-scoped join token (the booking's `joinToken`): admits that booking's call
                 *     only. Unknown → 401 `invalid_join_token`; another booking's → 403 `not_your_booking`.
                 */
                "Apptkit-Join"?: components["parameters"]["Apptkit-Join"];
                /**
                 * @description An expert token (from `POST /v1/admin/expert-tokens`): admits that expert's bookings.
                 *     Unknown or expired → 401 `invalid_expert_token`.
                 */
                "Apptkit-Expert"?: components["parameters"]["Apptkit-Expert"];
            };
            path: {
                /** @description The booking's id, e.g. `bkg_2mx…`. */
                bookingId: components["parameters"]["BookingId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["JoinRequest"];
            };
        };
        responses: {
            /** @description Where the call is, the package's ending rules and the server's clock. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JoinAnswer"];
                };
            };
            400: components["responses"]["InvalidJson"];
            401: components["responses"]["CallUnauthorized"];
            402: components["responses"]["PhoneBalanceInsufficient"];
            403: components["responses"]["CallForbidden"];
            404: components["responses"]["NotFound"];
            410: components["responses"]["SessionEnded"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            425: components["responses"]["TooEarly"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["Internal"];
        };
    };
    getCallState: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A customer token (from `POST /v1/admin/customer-tokens`): the request is made by that
                 *     signed-in customer. Unknown or expired → 401 `invalid_customer_token`.
                 */
                "Apptkit-Customer"?: components["parameters"]["Apptkit-Customer"];
                /**
                 * @description A guest's booking-scoped join token (the booking's `joinToken`): admits that booking's call
                 *     only. Unknown → 401 `invalid_join_token`; another booking's → 403 `not_your_booking`.
                 */
                "Apptkit-Join"?: components["parameters"]["Apptkit-Join"];
                /**
                 * @description An expert token (from `POST /v1/admin/expert-tokens`): admits that expert's bookings.
                 *     Unknown or expired → 401 `invalid_expert_token`.
                 */
                "Apptkit-Expert"?: components["parameters"]["Apptkit-Expert"];
            };
            path: {
                /** @description The booking's id, e.g. `bkg_2mx…`. */
                bookingId: components["parameters"]["BookingId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The call's state at `serverTime`. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CallState"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["CallUnauthorized"];
            403: components["responses"]["CallForbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["Internal"];
        };
    };
    endCall: {
        parameters: {
            query?: never;
            header: {
                /** @description An expert token. Missing → 401 `expert_required`; unknown or expired → 401 `invalid_expert_token`. */
                "Apptkit-Expert": components["parameters"]["Apptkit-Expert-Required"];
            };
            path: {
                /** @description The booking's id, e.g. `bkg_2mx…`. */
                bookingId: components["parameters"]["BookingId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description When the session ended. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CallEnd"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["CallUnauthorized"];
            403: components["responses"]["CallForbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["ValidationFailed"];
            425: components["responses"]["TooEarly"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["Internal"];
        };
    };
    adminCreateExpertToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExpertTokenCreate"];
            };
        };
        responses: {
            /** @description The token and when it expires. */
            201: {
                headers: {
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExpertToken"];
                };
            };
            400: components["responses"]["InvalidJson"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["AdminForbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["Internal"];
        };
    };
    getPaymentConfig: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The payment provider. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentConfig"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["OriginNotAllowed"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["Internal"];
        };
    };
    requestSignInCode: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SignInCodeCreate"];
            };
        };
        responses: {
            /** @description The code is on its way; it expires at `expiresAt`. */
            202: {
                headers: {
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignInCodeSent"];
                };
            };
            400: components["responses"]["InvalidJson"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["OriginNotAllowed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["SignInRateLimited"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["Internal"];
        };
    };
    createSignInToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SignInTokenCreate"];
            };
        };
        responses: {
            /** @description The signed-in customer's token. */
            201: {
                headers: {
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerSession"];
                };
            };
            400: components["responses"]["InvalidJson"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["OriginNotAllowed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["Internal"];
        };
    };
    createCreditPurchase: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description A unique key per logical write — hold, purchase, booking — (e.g. a UUID): a retry with the same key and body gets the
                 *     first answer again. Missing → 400 `idempotency_key_required`; the same key with another
                 *     body → 422 on field `Idempotency-Key`.
                 */
                "Idempotency-Key": components["parameters"]["Idempotency-Key-Required"];
                /** @description A customer token. Missing → 401 `customer_required`; unknown or expired → 401 `invalid_customer_token`. */
                "Apptkit-Customer": components["parameters"]["Apptkit-Customer-Required"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreditPurchaseCreate"];
            };
        };
        responses: {
            /** @description Paid; the credits are on the balance. */
            201: {
                headers: {
                    "Request-Id": components["headers"]["Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreditPurchaseReceipt"];
                };
            };
            /** @description The card needs the customer's authentication; the purchase is `pending` until confirmed. */
            202: {
                headers: {
                    "Request-Id": components["headers"]["Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreditPurchaseReceipt"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["CustomerUnauthorized"];
            402: components["responses"]["PaymentFailed"];
            403: components["responses"]["OriginNotAllowed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["Internal"];
        };
    };
    confirmCreditPurchase: {
        parameters: {
            query?: never;
            header: {
                /** @description A customer token. Missing → 401 `customer_required`; unknown or expired → 401 `invalid_customer_token`. */
                "Apptkit-Customer": components["parameters"]["Apptkit-Customer-Required"];
            };
            path: {
                /** @description The credit purchase's id, e.g. `cpu_5hx…`. */
                creditPurchaseId: components["parameters"]["CreditPurchaseId"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["CreditPurchaseConfirm"];
            };
        };
        responses: {
            /** @description The paid purchase and the new balance. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreditPurchaseReceipt"];
                };
            };
            400: components["responses"]["InvalidJson"];
            401: components["responses"]["CustomerUnauthorized"];
            402: components["responses"]["PaymentFailed"];
            403: components["responses"]["OriginNotAllowed"];
            404: components["responses"]["CreditPurchaseNotFound"];
            409: components["responses"]["CreditPurchaseNotPaid"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["Internal"];
        };
    };
    getOutboxPage: {
        parameters: {
            query?: {
                /** @description Only mails to this address (compared case-insensitively). */
                to?: components["parameters"]["OutboxTo"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The outbox page. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["Request-Id"];
                    /** @description `default-src 'none'` and nothing more permissive: no script, style, frame or form. */
                    "Content-Security-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["OutboxForbidden"];
            404: components["responses"]["OutboxNotFound"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["ValidationFailed"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["Internal"];
        };
    };
    listOutbox: {
        parameters: {
            query?: {
                /** @description Only mails to this address (compared case-insensitively). */
                to?: components["parameters"]["OutboxTo"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The outbox. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OutboxList"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["OutboxForbidden"];
            404: components["responses"]["OutboxNotFound"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["ValidationFailed"];
            431: components["responses"]["HeadersTooLarge"];
            500: components["responses"]["Internal"];
        };
    };
    purchasePaidWebhook: {
        parameters: {
            query?: never;
            header: {
                /** @description The event's id (`evt_…`), the same on every attempt and resend of the event; receivers drop an id they have already handled. */
                "webhook-id": components["parameters"]["Webhook-Id"];
                /** @description When this attempt was signed, in whole seconds since the Unix epoch (server clock); receivers refuse one too far from their own clock (Standard Webhooks uses 5 minutes). */
                "webhook-timestamp": components["parameters"]["Webhook-Timestamp"];
                /**
                 * @description `v1,` and the base64 HMAC-SHA256 of `<webhook-id>.<webhook-timestamp>.<body>`, keyed by
                 *     the endpoint's secret decoded from base64 after its `whsec_` prefix (Standard Webhooks).
                 *     Verify it over the raw body, e.g. with the `standardwebhooks` package:
                 *     `new Webhook(secret).verify(body, headers)`.
                 */
                "webhook-signature": components["parameters"]["Webhook-Signature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PurchaseEvent"];
            };
        };
        responses: {
            /** @description Any 2xx status acknowledges the delivery; anything else, or no answer within 10 seconds, is retried. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    purchaseRefundedWebhook: {
        parameters: {
            query?: never;
            header: {
                /** @description The event's id (`evt_…`), the same on every attempt and resend of the event; receivers drop an id they have already handled. */
                "webhook-id": components["parameters"]["Webhook-Id"];
                /** @description When this attempt was signed, in whole seconds since the Unix epoch (server clock); receivers refuse one too far from their own clock (Standard Webhooks uses 5 minutes). */
                "webhook-timestamp": components["parameters"]["Webhook-Timestamp"];
                /**
                 * @description `v1,` and the base64 HMAC-SHA256 of `<webhook-id>.<webhook-timestamp>.<body>`, keyed by
                 *     the endpoint's secret decoded from base64 after its `whsec_` prefix (Standard Webhooks).
                 *     Verify it over the raw body, e.g. with the `standardwebhooks` package:
                 *     `new Webhook(secret).verify(body, headers)`.
                 */
                "webhook-signature": components["parameters"]["Webhook-Signature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PurchaseEvent"];
            };
        };
        responses: {
            /** @description Any 2xx status acknowledges the delivery; anything else, or no answer within 10 seconds, is retried. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    bookingCreatedWebhook: {
        parameters: {
            query?: never;
            header: {
                /** @description The event's id (`evt_…`), the same on every attempt and resend of the event; receivers drop an id they have already handled. */
                "webhook-id": components["parameters"]["Webhook-Id"];
                /** @description When this attempt was signed, in whole seconds since the Unix epoch (server clock); receivers refuse one too far from their own clock (Standard Webhooks uses 5 minutes). */
                "webhook-timestamp": components["parameters"]["Webhook-Timestamp"];
                /**
                 * @description `v1,` and the base64 HMAC-SHA256 of `<webhook-id>.<webhook-timestamp>.<body>`, keyed by
                 *     the endpoint's secret decoded from base64 after its `whsec_` prefix (Standard Webhooks).
                 *     Verify it over the raw body, e.g. with the `standardwebhooks` package:
                 *     `new Webhook(secret).verify(body, headers)`.
                 */
                "webhook-signature": components["parameters"]["Webhook-Signature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BookingEvent"];
            };
        };
        responses: {
            /** @description Any 2xx status acknowledges the delivery; anything else, or no answer within 10 seconds, is retried. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    bookingRescheduledWebhook: {
        parameters: {
            query?: never;
            header: {
                /** @description The event's id (`evt_…`), the same on every attempt and resend of the event; receivers drop an id they have already handled. */
                "webhook-id": components["parameters"]["Webhook-Id"];
                /** @description When this attempt was signed, in whole seconds since the Unix epoch (server clock); receivers refuse one too far from their own clock (Standard Webhooks uses 5 minutes). */
                "webhook-timestamp": components["parameters"]["Webhook-Timestamp"];
                /**
                 * @description `v1,` and the base64 HMAC-SHA256 of `<webhook-id>.<webhook-timestamp>.<body>`, keyed by
                 *     the endpoint's secret decoded from base64 after its `whsec_` prefix (Standard Webhooks).
                 *     Verify it over the raw body, e.g. with the `standardwebhooks` package:
                 *     `new Webhook(secret).verify(body, headers)`.
                 */
                "webhook-signature": components["parameters"]["Webhook-Signature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BookingEvent"];
            };
        };
        responses: {
            /** @description Any 2xx status acknowledges the delivery; anything else, or no answer within 10 seconds, is retried. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    bookingCancelledWebhook: {
        parameters: {
            query?: never;
            header: {
                /** @description The event's id (`evt_…`), the same on every attempt and resend of the event; receivers drop an id they have already handled. */
                "webhook-id": components["parameters"]["Webhook-Id"];
                /** @description When this attempt was signed, in whole seconds since the Unix epoch (server clock); receivers refuse one too far from their own clock (Standard Webhooks uses 5 minutes). */
                "webhook-timestamp": components["parameters"]["Webhook-Timestamp"];
                /**
                 * @description `v1,` and the base64 HMAC-SHA256 of `<webhook-id>.<webhook-timestamp>.<body>`, keyed by
                 *     the endpoint's secret decoded from base64 after its `whsec_` prefix (Standard Webhooks).
                 *     Verify it over the raw body, e.g. with the `standardwebhooks` package:
                 *     `new Webhook(secret).verify(body, headers)`.
                 */
                "webhook-signature": components["parameters"]["Webhook-Signature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BookingEvent"];
            };
        };
        responses: {
            /** @description Any 2xx status acknowledges the delivery; anything else, or no answer within 10 seconds, is retried. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    creditsPurchasedWebhook: {
        parameters: {
            query?: never;
            header: {
                /** @description The event's id (`evt_…`), the same on every attempt and resend of the event; receivers drop an id they have already handled. */
                "webhook-id": components["parameters"]["Webhook-Id"];
                /** @description When this attempt was signed, in whole seconds since the Unix epoch (server clock); receivers refuse one too far from their own clock (Standard Webhooks uses 5 minutes). */
                "webhook-timestamp": components["parameters"]["Webhook-Timestamp"];
                /**
                 * @description `v1,` and the base64 HMAC-SHA256 of `<webhook-id>.<webhook-timestamp>.<body>`, keyed by
                 *     the endpoint's secret decoded from base64 after its `whsec_` prefix (Standard Webhooks).
                 *     Verify it over the raw body, e.g. with the `standardwebhooks` package:
                 *     `new Webhook(secret).verify(body, headers)`.
                 */
                "webhook-signature": components["parameters"]["Webhook-Signature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreditPurchaseEvent"];
            };
        };
        responses: {
            /** @description Any 2xx status acknowledges the delivery; anything else, or no answer within 10 seconds, is retried. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}
type WithRequired<T, K extends keyof T> = T & {
    [P in K]-?: T[P];
};
