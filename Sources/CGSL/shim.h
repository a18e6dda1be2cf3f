/*
 * CGSL shim: the parts of the GNU Scientific Library that moldrisk uses, with GSL's global
 * variables behind inline accessors (Swift 6 strict concurrency cannot touch mutable C globals)
 * and one extra generator, xoshiro256++, plugged into GSL as a custom gsl_rng_type so that every
 * gsl_ran_* sampler draws from it.
 *
 * Why a custom generator: gsl_rng_set keeps only 32 bits of a seed for mt19937, so with thousands
 * of chunk streams two chunks could share a stream (birthday bound). xoshiro256++ takes the whole
 * 64-bit seed (unsigned long is 64 bits on LP64 Linux) and fills its 256-bit state from it with
 * splitmix64, as its authors recommend.
 */
#ifndef MOLDRISK_CGSL_SHIM_H
#define MOLDRISK_CGSL_SHIM_H

#include <stdint.h>
#include <gsl/gsl_errno.h>
#include <gsl/gsl_rng.h>
#include <gsl/gsl_randist.h>
#include <gsl/gsl_cdf.h>
#include <gsl/gsl_sf_gamma.h>
#include <gsl/gsl_sf_psi.h>
#include <gsl/gsl_math.h>
#include <gsl/gsl_qrng.h>

/* GSL's built-in generator types (globals in GSL) behind accessors. */
static inline const gsl_rng_type *moldrisk_rng_mt19937(void) { return gsl_rng_mt19937; }
static inline const gsl_rng_type *moldrisk_rng_taus2(void) { return gsl_rng_taus2; }
/* GSL's Sobol quasi-random sequence type (a global in GSL), for scenario.sampling = "sobol". */
static inline const gsl_qrng_type *moldrisk_qrng_sobol(void) { return gsl_qrng_sobol; }

/* splitmix64: one step of the sequence whose state is *x (Steele, Lea, Flood 2014). */
static inline uint64_t moldrisk_splitmix64_next(uint64_t *x) {
    uint64_t z = (*x += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

/* xoshiro256++ (Blackman and Vigna 2019). */
typedef struct { uint64_t s[4]; } moldrisk_xoshiro256pp_state;

static inline uint64_t moldrisk_rotl64(uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }

static inline uint64_t moldrisk_xoshiro256pp_next(moldrisk_xoshiro256pp_state *st) {
    uint64_t *s = st->s;
    const uint64_t result = moldrisk_rotl64(s[0] + s[3], 23) + s[0];
    const uint64_t t = s[1] << 17;
    s[2] ^= s[0];
    s[3] ^= s[1];
    s[1] ^= s[2];
    s[0] ^= s[3];
    s[2] ^= t;
    s[3] = moldrisk_rotl64(s[3], 45);
    return result;
}

static inline void moldrisk_xoshiro256pp_set(void *vstate, unsigned long seed) {
    moldrisk_xoshiro256pp_state *st = (moldrisk_xoshiro256pp_state *)vstate;
    uint64_t x = (uint64_t)seed;
    for (int i = 0; i < 4; i++) st->s[i] = moldrisk_splitmix64_next(&x);
}

/* gsl_rng_get: the upper 32 bits (the best bits of xoshiro256++), range [0, 2^32 - 1]. */
static inline unsigned long moldrisk_xoshiro256pp_get(void *vstate) {
    return (unsigned long)(moldrisk_xoshiro256pp_next((moldrisk_xoshiro256pp_state *)vstate) >> 32);
}

/* gsl_rng_uniform: 53 random bits scaled into [0, 1). */
static inline double moldrisk_xoshiro256pp_get_double(void *vstate) {
    return (double)(moldrisk_xoshiro256pp_next((moldrisk_xoshiro256pp_state *)vstate) >> 11) * 0x1.0p-53;
}

/* The generator type to pass to gsl_rng_alloc. */
static inline const gsl_rng_type *moldrisk_rng_xoshiro256pp(void) {
    static const gsl_rng_type type = {
        "xoshiro256++", 0xffffffffUL, 0, sizeof(moldrisk_xoshiro256pp_state),
        &moldrisk_xoshiro256pp_set, &moldrisk_xoshiro256pp_get, &moldrisk_xoshiro256pp_get_double
    };
    return &type;
}

/* Direct 53-bit uniform from a GSL generator of the xoshiro type, skipping the indirect call. */
static inline double moldrisk_xoshiro256pp_uniform(gsl_rng *r) {
    return moldrisk_xoshiro256pp_get_double(r->state);
}

#endif
