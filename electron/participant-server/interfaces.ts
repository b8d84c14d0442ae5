import os from 'node:os';
import type { ParticipantInterfaceInfo } from '../../shared/contracts/facilitator';

export const LOOPBACK = '127.0.0.1';

/** RFC 1918 private IPv4: what a venue's Wi-Fi router or a phone hotspot hands out. */
export function isPrivateLan(address: string): boolean {
  const parts = address.split('.').map(Number);
  if (parts.length !== 4 || parts.some((n) => !Number.isInteger(n) || n < 0 || n > 255)) return false;
  const [a, b] = parts as [number, number, number, number];
  return a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168);
}

function kindOf(name: string): ParticipantInterfaceInfo['kind'] {
  // Linux wlan0/wlp2s0, Windows "Wi-Fi"/"Wireless …"; macOS en0 is usually the laptop's Wi-Fi.
  if (/^(wl|wifi|wi-fi|wireless|ath|ra\d)/i.test(name) || (process.platform === 'darwin' && name === 'en0')) return 'wifi';
  if (/^(eth|enp|ens|eno|enx|en\d|ethernet|local area connection)/i.test(name)) return 'ethernet';
  return 'other';
}

const KIND_WORDS: Record<ParticipantInterfaceInfo['kind'], { th: string; en: string }> = {
  wifi: { th: 'Wi-Fi', en: 'Wi-Fi' },
  ethernet: { th: 'สาย LAN', en: 'Ethernet' },
  other: { th: 'เครือข่าย', en: 'Network' },
  loopback: { th: 'เครื่องนี้เท่านั้น', en: 'This computer only' },
};

export function loopbackInterface(): ParticipantInterfaceInfo {
  return {
    id: LOOPBACK,
    address: LOOPBACK,
    label: { th: `${KIND_WORDS.loopback.th} (${LOOPBACK})`, en: `${KIND_WORDS.loopback.en} (${LOOPBACK})` },
    kind: 'loopback',
    lan: false,
  };
}

/**
 * The IPv4 interfaces phones might reach, in plain words, LAN addresses first, then the others,
 * and "this computer only" last (always offered: it is where tests and a lone laptop run).
 * IPv6 is left out: phones on a room's Wi-Fi reach the laptop over IPv4.
 */
export function listInterfaces(found: NodeJS.Dict<os.NetworkInterfaceInfo[]> = os.networkInterfaces()): ParticipantInterfaceInfo[] {
  const list: ParticipantInterfaceInfo[] = [];
  for (const [name, entries] of Object.entries(found)) {
    for (const entry of entries ?? []) {
      if (entry.family !== 'IPv4' || entry.internal) continue;
      const kind = kindOf(name);
      const words = KIND_WORDS[kind];
      const suffix = kind === 'other' ? ` ${name}` : '';
      list.push({
        id: entry.address,
        address: entry.address,
        label: { th: `${words.th}${suffix} (${entry.address})`, en: `${words.en}${suffix} (${entry.address})` },
        kind,
        lan: isPrivateLan(entry.address),
      });
    }
  }
  list.sort((x, y) => Number(y.lan) - Number(x.lan));
  list.push(loopbackInterface());
  return list;
}

/** The default: the first private LAN address; none → loopback, and the caller says so. */
export function defaultInterface(list: readonly ParticipantInterfaceInfo[]): ParticipantInterfaceInfo {
  return list.find((i) => i.lan) ?? list.find((i) => i.kind === 'loopback') ?? loopbackInterface();
}
