#pragma once

#include "historytypes.h"

namespace history {

/// One minute's aggregate of its samples (or of several aggregates): RTT min of the minima,
/// median of the medians, the largest p95 (the band's upper edge), max of the maxima; loss
/// weighted by packets sent (the plain mean when nothing was counted); mean jitter and
/// bitrate over the samples that have them; sent and received summed. NaN figures are
/// skipped; a figure no sample has stays NaN.
Row aggregate(qint64 bucketStartMs, const QList<Row>& rows);

/// The median of the values that are not NaN (the mean of the middle two for an even count);
/// NaN when there are none.
double medianOf(QList<double> values);

} // namespace history
