/**
 * Albania's working-day calendar, one for every module: the official holidays of Law no. 7651
 * of 21.12.1992 "Për festat zyrtare dhe ditët përkujtimore" (as amended), both Easters computed,
 * a holiday that falls on a weekend moved to the next working day, the Bajrams and the days off the
 * Council of Ministers declares taken from configuration. Part of the kernel's published surface:
 * modules call {@link al.rrjeti.kernel.api.calendar.WorkingCalendar}.
 */
package al.rrjeti.kernel.api.calendar;
