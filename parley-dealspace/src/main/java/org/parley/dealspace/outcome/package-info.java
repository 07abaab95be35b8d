/** What can be agreed: discrete issues, the outcome space they span, and single outcomes. */
package org.parley.dealspace.outcome;
