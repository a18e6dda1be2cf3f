/*
 * CDraws: moldrisk's random number generator and the draws the engine's hot loop inlines.
 *
 * The generator is xoshiro256++ plugged into GSL as a custom gsl_rng_type, so that every gsl_ran_*
 * sampler draws from it. Why a custom generator: gsl_rng_set keeps only 32 bits of a seed for
 * mt19937, so with thousands of chunk streams two chunks could share a stream (birthday bound).
 * xoshiro256++ takes the whole 64-bit seed (unsigned long is 64 bits on LP64 Linux) and fills its
 * 256-bit state from it with splitmix64, as its authors recommend.
 *
 * The draws (normal, gamma, beta, flat) return, draw for draw, the numbers GSL's gsl_ran_gaussian_
 * ziggurat, gsl_ran_gamma, gsl_ran_beta and gsl_ran_flat return from the same generator state: the
 * same algorithms with the same arithmetic in the same order, consuming the same random numbers.
 * What they save is the calls: GSL reaches the generator through two function pointers per
 * number and cannot be inlined into the loop. The normal's common case (a point inside its
 * ziggurat layer, about 98 % of draws) is taken here with GSL's own layer constants, read from
 * the linked libgsl at start-up (moldrisk_ziggurat_read, ziggurat.c); every other case is handed
 * to gsl_ran_gaussian_ziggurat on the untouched generator state, which then draws exactly what it
 * would have. DrawsMatchGSLTests checks the equality over millions of draws and a parameter grid.
 */
#ifndef MOLDRISK_DRAWS_H
#define MOLDRISK_DRAWS_H

#include <stdint.h>
#include <math.h>
#include <gsl/gsl_rng.h>
#include <gsl/gsl_randist.h>

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

/* The output the next step will return, without taking the step (it reads s[0] and s[3] only). */
static inline uint64_t moldrisk_xoshiro256pp_peek(const moldrisk_xoshiro256pp_state *st) {
    return moldrisk_rotl64(st->s[0] + st->s[3], 23) + st->s[0];
}

/* Moves the state one step on. */
static inline void moldrisk_xoshiro256pp_advance(moldrisk_xoshiro256pp_state *st) {
    uint64_t *s = st->s;
    const uint64_t t = s[1] << 17;
    s[2] ^= s[0];
    s[3] ^= s[1];
    s[1] ^= s[2];
    s[0] ^= s[3];
    s[2] ^= t;
    s[3] = moldrisk_rotl64(s[3], 45);
}

static inline uint64_t moldrisk_xoshiro256pp_next(moldrisk_xoshiro256pp_state *st) {
    const uint64_t result = moldrisk_xoshiro256pp_peek(st);
    moldrisk_xoshiro256pp_advance(st);
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

/* The state of a generator of the xoshiro type. */
static inline moldrisk_xoshiro256pp_state *moldrisk_xoshiro256pp_of(gsl_rng *r) {
    return (moldrisk_xoshiro256pp_state *)r->state;
}

/* Direct 53-bit uniform from a GSL generator of the xoshiro type, skipping the indirect call:
   gsl_rng_uniform. */
static inline double moldrisk_xoshiro256pp_uniform(gsl_rng *r) {
    return moldrisk_xoshiro256pp_get_double(r->state);
}

/* gsl_rng_uniform_pos: a uniform in (0, 1), drawing again on 0. */
static inline double moldrisk_uniform_pos(gsl_rng *r) {
    double u;
    do { u = moldrisk_xoshiro256pp_uniform(r); } while (u == 0);
    return u;
}

/* gsl_ran_flat: a * (1 - u) + b * u. */
static inline double moldrisk_flat(gsl_rng *r, double a, double b) {
    const double u = moldrisk_xoshiro256pp_uniform(r);
    return a * (1 - u) + b * u;
}

/* GSL's ziggurat (128 layers, one 32-bit word per attempt: bits 0-6 the layer, bit 7 the sign,
   bits 8-31 the position j) accepts a word at once when j < accept[layer], with the value
   j * width[layer]. Read from libgsl by moldrisk_ziggurat_read(); all 0 (no fast case) until then
   or when reading failed. */
extern uint32_t moldrisk_ziggurat_accept[128];
extern double moldrisk_ziggurat_width[128];

/* The constants of layer i, for tests (Swift 6 cannot read mutable C globals). */
static inline uint32_t moldrisk_ziggurat_accept_at(int i) { return moldrisk_ziggurat_accept[i]; }
static inline double moldrisk_ziggurat_width_at(int i) { return moldrisk_ziggurat_width[i]; }

/* Reads GSL's ziggurat constants from the linked libgsl (ziggurat.c). Returns 1 when they were
   read and checked, 0 when not: then every normal draw goes through gsl_ran_gaussian_ziggurat.
   Call once, before any draw and from one thread. */
int moldrisk_ziggurat_read(void);

/* gsl_ran_gaussian_ziggurat(r, sigma), the same number from the same state. */
static inline double moldrisk_normal(gsl_rng *r, double sigma) {
    moldrisk_xoshiro256pp_state *st = moldrisk_xoshiro256pp_of(r);
    const uint32_t word = (uint32_t)(moldrisk_xoshiro256pp_peek(st) >> 32);
    const uint32_t layer = word & 0x7f;
    const uint32_t j = (word >> 8) & 0xffffff;
    if (j < moldrisk_ziggurat_accept[layer]) {
        moldrisk_xoshiro256pp_advance(st);
        const double x = (double)j * moldrisk_ziggurat_width[layer];
        /* GSL returns sign * sigma * x with an int sign of +1 or -1. */
        return ((word & 0x80) ? sigma : -sigma) * x;
    }
    return gsl_ran_gaussian_ziggurat(r, sigma);
}

/* gsl_ran_gamma(r, a, b): Marsaglia and Tsang (2000) on the ziggurat normal, with a < 1 boosted
   as Gamma(1 + a) * U^(1/a) (the uniform drawn first); a > 0. */
static inline double moldrisk_gamma(gsl_rng *r, double a, double b) {
    if (a < 1) {
        const double u = moldrisk_uniform_pos(r);
        return moldrisk_gamma(r, 1.0 + a, b) * pow(u, 1.0 / a);
    }
    const double d = a - 1.0 / 3.0;
    const double c = (1.0 / 3.0) / sqrt(d);
    double x, v, u;
    for (;;) {
        do {
            x = moldrisk_normal(r, 1.0);
            v = 1.0 + c * x;
        } while (v <= 0);
        v = v * v * v;
        u = moldrisk_uniform_pos(r);
        if (u < 1 - 0.0331 * x * x * x * x) break;
        if (log(u) < 0.5 * x * x + d * (1 - v + log(v))) break;
    }
    return b * d * v;
}

/* gsl_ran_beta(r, a, b): X / (X + Y) of two gammas; when a and b are both at most 1, GSL's own
   gsl_ran_beta (Johnk's method there). */
static inline double moldrisk_beta(gsl_rng *r, double a, double b) {
    if (a <= 1.0 && b <= 1.0) return gsl_ran_beta(r, a, b);
    const double x1 = moldrisk_gamma(r, a, 1.0);
    const double x2 = moldrisk_gamma(r, b, 1.0);
    return x1 / (x1 + x2);
}

#endif
