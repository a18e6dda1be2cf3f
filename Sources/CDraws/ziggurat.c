/*
 * Reads the constants of GSL's ziggurat normal sampler from the linked libgsl, so that
 * moldrisk_normal (moldrisk_draws.h) can take the sampler's common case inline and return the
 * same numbers. GSL keeps them in static tables; they are read here by asking
 * gsl_ran_gaussian_ziggurat itself, through a scripted generator that hands it chosen words.
 *
 * For each layer i (1..127): the word with position j = 1 is accepted at once with the value
 * 1 * width[i] = width[i]; the largest position accepted at once is found by bisection (GSL
 * accepts j < accept[i]). "At once" means GSL asked for one word and no uniform. Layer 0 is never
 * accepted at once (its bottom strip and tail always go through GSL).
 */
#include "moldrisk_draws.h"

uint32_t moldrisk_ziggurat_accept[128];
double moldrisk_ziggurat_width[128];

/* The scripted generator: get() returns `first` once and then `rest`; get_double() returns 0.5. */
typedef struct { unsigned long first, rest; unsigned gets, uniforms; } script_state;

static void script_set(void *v, unsigned long seed) { (void)v; (void)seed; }

static unsigned long script_get(void *v) {
    script_state *s = (script_state *)v;
    return s->gets++ == 0 ? s->first : s->rest;
}

static double script_get_double(void *v) {
    script_state *s = (script_state *)v;
    s->uniforms++;
    return 0.5;
}

static const gsl_rng_type script_type = {
    "moldrisk-ziggurat-script", 0xffffffffUL, 0, sizeof(script_state),
    &script_set, &script_get, &script_get_double
};

/* One gsl_ran_gaussian_ziggurat(r, 1) whose first word is layer i, sign +, position j; returns 1
   when GSL accepted that word at once, its value in *x. A rejected word is followed by layer 1,
   position 0, which GSL accepts at once, so the call ends. */
static int accepted_at_once(gsl_rng *r, unsigned i, unsigned long j, double *x) {
    script_state *s = (script_state *)r->state;
    s->first = (j << 8) | 0x80 | i;
    s->rest = 0x80 | 1;
    s->gets = 0;
    s->uniforms = 0;
    *x = gsl_ran_gaussian_ziggurat(r, 1.0);
    return s->gets == 1 && s->uniforms == 0;
}

static int read_layers(gsl_rng *r) {
    double x;
    for (unsigned i = 1; i < 128; i++) {
        if (!accepted_at_once(r, i, 1, &x) || !(x > 0)) return 0;
        const double width = x;
        unsigned long lo = 1, hi = 1UL << 24;   /* lo accepted, hi (past the last position) not */
        while (hi - lo > 1) {
            const unsigned long mid = lo + (hi - lo) / 2;
            if (accepted_at_once(r, i, mid, &x)) lo = mid; else hi = mid;
        }
        /* The value of the last accepted position must be j * width, as the fast case computes. */
        if (!accepted_at_once(r, i, lo, &x) || x != (double)lo * width) return 0;
        moldrisk_ziggurat_width[i] = width;
        moldrisk_ziggurat_accept[i] = (uint32_t)hi;
    }
    return 1;
}

int moldrisk_ziggurat_read(void) {
    gsl_rng *r = gsl_rng_alloc(&script_type);
    if (r == NULL) return 0;
    const int ok = read_layers(r);
    gsl_rng_free(r);
    if (!ok) {
        for (unsigned i = 0; i < 128; i++) moldrisk_ziggurat_accept[i] = 0;
    }
    moldrisk_ziggurat_accept[0] = 0;
    return ok;
}
