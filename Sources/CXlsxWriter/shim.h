/*
 * CXlsxWriter shim: libxlsxwriter (Debian libxlsxwriter-dev 1.1.4), which writes the `--format xlsx`
 * workbook. Only the library's own header; moldrisk calls it from Sources/MoldRiskXLSX alone.
 */
#ifndef MOLDRISK_CXLSXWRITER_SHIM_H
#define MOLDRISK_CXLSXWRITER_SHIM_H

#include <xlsxwriter.h>

#endif
