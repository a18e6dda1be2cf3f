/*
 * CUnuran shim: UNU.RAN (Universal Non-Uniform RANdom number generators, Debian libunuran-dev),
 * of which moldrisk uses method PINV (polynomial interpolation of the inverse CDF, the method of
 * scipy.stats.sampling.NumericalInversePolynomial) for the inverse CDFs that have no cheap closed
 * form (PERT, gamma, beta; MoldRiskCore's PINVTable).
 *
 * A PINV generator needs a uniform random number generator (URNG) object even when it is only
 * evaluated (unur_pinv_eval_approxinvcdf) and never sampled: moldrisk_unuran_unused_urng() is one
 * whose draw function is never called by evaluation; it returns 0.5 should anything sample it.
 */
#ifndef MOLDRISK_CUNURAN_SHIM_H
#define MOLDRISK_CUNURAN_SHIM_H

#include <stdio.h>
#include <unuran.h>

/* The draw function of the URNG that is never sampled. */
static inline double moldrisk_unuran_never_sampled(void *state) { (void)state; return 0.5; }

/* A new URNG object drawing with moldrisk_unuran_never_sampled (C function pointers cannot be
 * formed in Swift without a closure conversion; this keeps it in C). */
static inline UNUR_URNG *moldrisk_unuran_unused_urng(void) {
    return unur_urng_new(&moldrisk_unuran_never_sampled, NULL);
}

/* UNUR_DEBUG_OFF is a macro with a cast Swift does not import. */
static inline unsigned moldrisk_unuran_debug_off(void) { return UNUR_DEBUG_OFF; }

#endif
