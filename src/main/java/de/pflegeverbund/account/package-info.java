/**
 * Accounts of every role, sign-in, invitations and password resets. The root package is
 * the module's API: {@link de.pflegeverbund.account.PortalUser} is the signed-in user,
 * {@link de.pflegeverbund.account.Role} the roles and
 * {@link de.pflegeverbund.account.AccountManagement} the use cases other modules may
 * call.
 */
@NullMarked
package de.pflegeverbund.account;

import org.jspecify.annotations.NullMarked;
