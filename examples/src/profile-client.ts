// A small client for a profile service, as a front end or a BFF would write it.
import axios from 'axios';

const api = axios.create({ baseURL: 'https://profiles.example.com', timeout: 5000 });

export interface Profile {
  id: string;
  displayName: string;
}

export async function getProfile(id: string): Promise<Profile | null> {
  const res = await api.get<Profile>(`/profiles/${id}`);
  // Slip: axios rejects a 404 before this line (validateStatus accepts only 2xx by default).
  if (res.status === 404) {
    return null;
  }
  return res.data;
}

export async function findProfile(id: string): Promise<Profile | null> {
  // Correct: let 404 through, then check it.
  const res = await api.get<Profile>(`/profiles/${id}`, { validateStatus: (status) => status === 404 || status < 300 });
  return res.status === 404 ? null : res.data;
}
