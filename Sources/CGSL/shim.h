/*
 * CGSL shim: the parts of the GNU Scientific Library that moldrisk uses, with GSL's global
 * variables behind inline accessors (Swift 6 strict concurrency cannot touch mutable C globals).
 * moldrisk's own generator (xoshiro256++ as a gsl_rng_type) and the draws it inlines are in CDraws.
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

#endif
