/** One-call analysis of a deal space and its rendering as text, JSON or CSV, so the CLI stays thin. */
package org.parley.dealspace.report;
