// ValidateNonSpecialIP (pkg/apis/core/validation): endpoint and external IPs
// may not be unspecified, loopback or link-local.
import { invalid, type FieldError } from '../../../machinery/field-errors.ts';
import { parseIP } from './name-validation.ts';

export function validateNonSpecialIP(ip: string, path: string): FieldError[] {
  const family = parseIP(ip);
  if (!family) return [invalid(path, ip, 'must be a valid IP address')];
  const errs: FieldError[] = [];
  const lower = ip.toLowerCase();
  const v4 = family === 4 ? ip.split('.').map(Number) : [];
  const unspecified = family === 4 ? v4.every((o) => o === 0) : /^[0:]+$/.test(lower);
  const loopback = family === 4 ? v4[0] === 127 : /^(0{0,4}:){2,7}0{0,3}1$|^::1$/.test(lower);
  const linkLocal = family === 4 ? v4[0] === 169 && v4[1] === 254 : /^fe[89ab]/.test(lower);
  const linkLocalMulticast = family === 4 ? v4[0] === 224 && v4[1] === 0 && v4[2] === 0 : /^ff02:/.test(lower);
  if (unspecified) errs.push(invalid(path, ip, `may not be unspecified (${ip})`));
  if (loopback) errs.push(invalid(path, ip, 'may not be in the loopback range (127.0.0.0/8, ::1/128)'));
  if (linkLocal) errs.push(invalid(path, ip, 'may not be in the link-local range (169.254.0.0/16, fe80::/10)'));
  if (linkLocalMulticast) errs.push(invalid(path, ip, 'may not be in the link-local multicast range (224.0.0.0/24, ff02::/10)'));
  return errs;
}
