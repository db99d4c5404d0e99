/**
 * Work orders without a web framework: the state machine a booked visit follows once the vehicle arrives (who may
 * move it where), quotes and their approval, the inspection checklist, photo limits and the satisfaction survey.
 * The api module stores them and serves them over HTTP (docs/work-orders.md).
 */
package dev.pitwall.engagement.workorder;
